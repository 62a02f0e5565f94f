import { OsmPbfError, readOsmPbf } from "../../osm/read-osm-pbf.ts";
import { osmToFeatures } from "../../osm/osm-to-features.ts";
import { ImportFailure } from "../problems.ts";
import { baseName, type ParsedSource } from "../parsed-source.ts";

const KEYS = { truncated: "import.error.truncatedPbf", corrupt: "import.error.malformedPbf", unsupported: "import.error.unsupportedPbf" } as const;

/** An OpenStreetMap .osm.pbf extract, read by our own reader (src/data/osm/read-osm-pbf.ts) into elements for osmtogeojson. */
export async function readPbf(file: string, bytes: Uint8Array): Promise<ParsedSource> {
  let data: { elements: object[] };
  try {
    data = readOsmPbf(bytes);
  } catch (error) {
    if (error instanceof OsmPbfError) throw new ImportFailure(KEYS[error.reason], file, { detail: error.detail.slice(0, 200) });
    throw error;
  }
  if (data.elements.length === 0) throw new ImportFailure("import.error.noFeatures", file);
  return { file, name: baseName(file), features: await osmToFeatures(data), crs: { kind: "fixed", code: "EPSG:4326" }, osm: true };
}
