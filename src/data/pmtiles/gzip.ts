// Gzip with a zero timestamp, so the same input always gives the same bytes.
import { gzipSync } from "fflate";

export function gzip(data: Uint8Array): Uint8Array {
  return gzipSync(data, { level: 9, mtime: 0 });
}
