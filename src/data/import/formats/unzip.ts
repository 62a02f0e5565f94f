import { unzipSync } from "fflate";
import { ImportFailure } from "../problems.ts";

/** What an archive may unpack to, summed over the entries we read: a zip bomb is refused before anything is inflated. */
export const DEFAULT_MAX_UNPACKED_BYTES = 300 * 1024 * 1024;

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * The entries of a zip that `wanted` accepts (by name), after checking the sizes the archive
 * declares: their sum over the limit is an error naming the archive. Each entry is inflated
 * into a buffer of its declared size, so an archive that lies about sizes still cannot
 * unpack to more than the limit (fflate stops at the end of the buffer).
 */
export function unzipChecked(file: string, bytes: Uint8Array, wanted: (name: string) => boolean, maxUnpacked = DEFAULT_MAX_UNPACKED_BYTES): Record<string, Uint8Array> {
  let declared = 0;
  let biggest = "";
  let biggestSize = -1;
  try {
    // First pass: the central directory only; the filter sees each name and declared size, and nothing is inflated.
    unzipSync(bytes, {
      filter: (entry) => {
        if (!wanted(entry.name)) return false;
        declared += entry.originalSize;
        if (entry.originalSize > biggestSize) [biggest, biggestSize] = [entry.name, entry.originalSize];
        return false;
      },
    });
  } catch (error) {
    throw new ImportFailure("import.error.malformedZip", file, { detail: detailOf(error) });
  }
  if (declared > maxUnpacked) {
    throw new ImportFailure("import.error.zipTooLarge", file, { limitMb: mb(maxUnpacked), sizeMb: mb(declared), entry: biggest.slice(0, 120) });
  }
  try {
    return unzipSync(bytes, { filter: (entry) => wanted(entry.name) });
  } catch (error) {
    throw new ImportFailure("import.error.malformedZip", file, { detail: detailOf(error) });
  }
}

const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);
