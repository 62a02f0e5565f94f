/** Zips for the hostile corpus, some of them lying about their sizes. */
import { zipSync } from "fflate";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

/**
 * Rewrites the uncompressed size every header declares for entries whose name passes `which`.
 * Local headers hold it at offset 22, central directory headers at 24 (APPNOTE 4.3.7, 4.3.12).
 */
export function declareSizes(zip: Uint8Array, size: number, which: (name: string) => boolean = () => true): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const dec = new TextDecoder();
  for (let i = 0; i + 46 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === LOCAL) {
      const name = dec.decode(out.subarray(i + 30, i + 30 + view.getUint16(i + 26, true)));
      if (which(name)) view.setUint32(i + 22, size, true);
    } else if (sig === CENTRAL) {
      const name = dec.decode(out.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
      if (which(name)) view.setUint32(i + 24, size, true);
    }
  }
  return out;
}

export const zip = (entries: Record<string, Uint8Array>) => zipSync(entries, { level: 9, mtime: new Date("2024-01-01T00:00:00Z") });
