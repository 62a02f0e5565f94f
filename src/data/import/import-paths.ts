import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { importFiles } from "./import-files.ts";
import type { ImportOptions, ImportResult } from "./types.ts";

/** Node only (command line): reads files from disk and imports them like the app does. */
export async function importPaths(paths: readonly string[], opts: ImportOptions = {}): Promise<ImportResult> {
  const files = await Promise.all(paths.map(async (p) => ({ name: basename(p), bytes: new Uint8Array(await readFile(p)) })));
  return importFiles(files, opts);
}
