import { unzipSync } from "fflate";
import * as shpjs from "shpjs";
import { crsFromPrj } from "../../crs/index.ts";
import { ImportFailure } from "../problems.ts";
import { baseName, type ParsedSource } from "../parsed-source.ts";

/** The parts of one Shapefile, by lower-case extension ("shp", "dbf", "prj", "cpg"). */
export type ShapefileParts = Partial<Record<string, Uint8Array>>;

const decode = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

/**
 * One Shapefile from its parts. shpjs reads geometry and attributes; we read the .prj
 * ourselves (shpjs would reproject with proj4's WKT reading, which drops the datum shift
 * of Lambert 72 and RD New: tens of metres off).
 */
export function readShapefileParts(file: string, parts: ShapefileParts): ParsedSource {
  if (!parts.shp) throw new ImportFailure("import.error.shapefilePartMissing", file, { part: ".shp" });
  let features: unknown[];
  try {
    const geometries = shpjs.parseShp(parts.shp.slice().buffer);
    const rows = parts.dbf ? shpjs.parseDbf(parts.dbf.slice().buffer, (decode(parts.cpg) ?? "") as never) : [];
    features = geometries.map((geometry, i) => ({ type: "Feature", geometry, properties: rows[i] ?? {} }));
  } catch {
    throw new ImportFailure("import.error.malformedShapefile", file);
  }
  const prj = decode(parts.prj);
  const crs: ParsedSource["crs"] = prj ? { kind: "declared", result: crsFromPrj(prj) } : { kind: "detect" };
  return { file, name: baseName(file), features, crs };
}

/** Every Shapefile in a zip (macOS resource forks ignored), and KML in a .kmz. */
export function unzipShapefiles(file: string, bytes: Uint8Array): { shapefiles: [label: string, ShapefileParts][]; kml: [string, Uint8Array][] } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch {
    throw new ImportFailure("import.error.malformedZip", file);
  }
  const groups = new Map<string, { label: string; parts: ShapefileParts }>();
  const kml: [string, Uint8Array][] = [];
  for (const [path, data] of Object.entries(entries)) {
    if (path.includes("__MACOSX")) continue;
    const m = /^(.*)\.([^.\\/]+)$/.exec(path);
    if (!m) continue;
    const ext = m[2].toLowerCase();
    if (ext === "kml") kml.push([path, data]);
    const key = m[1].toLowerCase();
    const group = groups.get(key) ?? { label: `${file}/${m[1]}.shp`, parts: {} };
    group.parts[ext] = data;
    groups.set(key, group);
  }
  const found = [...groups.values()].filter((g) => g.parts.shp);
  // A zip with one Shapefile is named after the zip; with several, each after its .shp inside.
  const shapefiles = found.map((g): [string, ShapefileParts] => [found.length === 1 ? file : g.label, g.parts]);
  if (shapefiles.length === 0 && kml.length === 0) throw new ImportFailure("import.error.zipWithoutShapefile", file);
  return { shapefiles, kml };
}
