export type FileFormat = "json" | "csv" | "zip" | "xml" | "pbf" | "pmtiles" | "shapefile-part";

const BY_EXTENSION: Record<string, FileFormat> = {
  geojson: "json", json: "json",
  csv: "csv", tsv: "csv", txt: "csv",
  zip: "zip", kmz: "zip",
  kml: "xml", osm: "xml", xml: "xml",
  pbf: "pbf",
  pmtiles: "pmtiles",
  shp: "shapefile-part", dbf: "shapefile-part", prj: "shapefile-part", cpg: "shapefile-part", shx: "shapefile-part",
};

export function extensionOf(name: string): string {
  const m = /\.([^.\\/]+)$/.exec(name);
  return m ? m[1].toLowerCase() : "";
}

const startsWith = (bytes: Uint8Array, ascii: string) => [...ascii].every((c, i) => bytes[i] === c.charCodeAt(0));

/** The first non-blank byte, past a UTF-8 byte order mark. */
function firstSignificantByte(bytes: Uint8Array): number {
  let i = startsWith(bytes, "\xef\xbb\xbf") ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 32 || bytes[i] === 9 || bytes[i] === 10 || bytes[i] === 13)) i++;
  return bytes[i] ?? -1;
}

/** An .osm.pbf starts with a 4-byte header length and a BlobHeader of type "OSMHeader". */
function looksLikeOsmPbf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(4, 24));
  return head.includes("OSMHeader");
}

/** The format by extension, or else by the first bytes; null when nothing fits (then treated as CSV/binary). */
export function detectFormat(name: string, bytes: Uint8Array): FileFormat | null {
  const byExt = BY_EXTENSION[extensionOf(name)];
  if (byExt) return byExt;
  if (startsWith(bytes, "PK\x03\x04")) return "zip";
  if (looksLikeOsmPbf(bytes)) return "pbf";
  if (startsWith(bytes, "PMTiles")) return "pmtiles";
  const first = firstSignificantByte(bytes);
  if (first === 0x7b || first === 0x5b) return "json"; // { or [
  if (first === 0x3c) return "xml"; // <
  return null;
}
