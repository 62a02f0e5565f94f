/**
 * tiny-osmpbf (the .osm.pbf reader of the import library) was written for Node: it allocates
 * with `new Buffer(size)`, decodes strings with `buffer.toString("utf8")` and assigns an
 * undeclared `pbf`, which strict bundled code rejects. In a browser worker there is neither
 * Buffer nor that global, so the worker provides both before any file is read.
 */
class Utf8Bytes extends Uint8Array {
  override toString(encoding?: string): string {
    return encoding === undefined ? super.toString() : new TextDecoder().decode(this);
  }
}

export function installPbfCompat(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  if (!("Buffer" in scope)) scope.Buffer = Utf8Bytes;
  if (!("pbf" in scope)) scope.pbf = undefined;
}
