import { BytesSource } from "../../pmtiles/bytes-source.ts";
import { ImportFailure } from "../problems.ts";
import type { ParsedSource } from "../parsed-source.ts";
import { pmtilesProblem } from "./pmtiles-check.ts";

/**
 * A PMTiles file among data files: it is a base map, not data. A readable one is pointed to
 * the base map picker, a damaged one is named as damaged.
 */
export async function refusePmtiles(file: string, bytes: Uint8Array): Promise<ParsedSource[]> {
  const detail = await pmtilesProblem(new BytesSource(bytes, file));
  if (detail) throw new ImportFailure("import.error.malformedPmtiles", file, { detail });
  throw new ImportFailure("import.error.pmtilesIsBasemap", file);
}
