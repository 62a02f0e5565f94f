import { ImportFailure, problem } from "./problems.ts";
import type { ImportProblem } from "./types.ts";

/** Control bytes other than tab, line feed, carriage return and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > sample.length * 0.01;
}

/**
 * Decodes a text file: UTF-8 (BOM stripped) or UTF-16 with a BOM; when the bytes are not
 * UTF-8, Windows-1252 (what Excel writes in Belgium and the Netherlands), with a warning.
 * Binary junk is an error naming the file.
 */
export function decodeText(bytes: Uint8Array, file: string, problems: ImportProblem[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (looksBinary(bytes)) throw new ImportFailure("import.error.binary", file);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    problems.push(problem("warning", "import.warning.encodingGuessed", file));
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
