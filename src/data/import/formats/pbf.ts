import { osmToFeatures } from "../../osm/osm-to-features.ts";
import { ImportFailure } from "../problems.ts";
import { baseName, type ParsedSource } from "../parsed-source.ts";

/** An OpenStreetMap .osm.pbf extract; tiny-osmpbf gives Overpass-style elements for osmtogeojson. */
export async function readPbf(file: string, bytes: Uint8Array): Promise<ParsedSource> {
  const { default: tinyosmpbf } = await import("tiny-osmpbf");
  let data: { elements: object[] };
  try {
    data = tinyosmpbf(bytes);
  } catch {
    throw new ImportFailure("import.error.malformedPbf", file);
  }
  if (!Array.isArray(data?.elements)) throw new ImportFailure("import.error.malformedPbf", file);
  return { file, name: baseName(file), features: await osmToFeatures(data), crs: { kind: "fixed", code: "EPSG:4326" }, osm: true };
}
