import { parseCrsMember } from "../../crs/index.ts";
import { mergeDuplicateElements } from "../../osm/merge-elements.ts";
import { osmToFeatures } from "../../osm/osm-to-features.ts";
import { ImportFailure } from "../problems.ts";
import { baseName, type ParsedSource } from "../parsed-source.ts";

/** The character position JSON.parse complains about, from its (engine-specific) message. */
function errorPosition(error: unknown): number | string {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : "");
  return m ? Number(m[1]) : "?";
}

const GEOMETRY_TYPES = new Set(["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The features of any GeoJSON root: FeatureCollection, Feature or bare geometry; null when it is none. */
function geoJsonFeatures(root: Record<string, unknown>): unknown[] | null {
  if (root.type === "FeatureCollection") return Array.isArray(root.features) ? root.features : null;
  if (root.type === "Feature") return [root];
  if (typeof root.type === "string" && GEOMETRY_TYPES.has(root.type)) return [{ type: "Feature", geometry: root, properties: {} }];
  return null;
}

/** GeoJSON (honouring the legacy `crs` member) or an Overpass API JSON answer. */
export async function readJson(file: string, text: string): Promise<ParsedSource> {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new ImportFailure("import.error.malformedJson", file, { position: errorPosition(error) });
  }
  if (!isRecord(root)) throw new ImportFailure("import.error.notGeoJson", file);
  const name = baseName(file);
  if (Array.isArray(root.elements)) {
    // Overpass JSON: a node or way printed twice (plain and with metadata) becomes one feature.
    const data = { ...root, elements: mergeDuplicateElements(root.elements as object[]) };
    return { file, name, features: await osmToFeatures(data), crs: { kind: "fixed", code: "EPSG:4326" }, osm: true };
  }
  const features = geoJsonFeatures(root);
  if (!features) throw new ImportFailure("import.error.notGeoJson", file);
  const declared = parseCrsMember(root.crs);
  return { file, name, features, crs: declared ? { kind: "declared", result: declared } : { kind: "detect" } };
}
