import * as shpjs from "shpjs";
import { crsFromPrj } from "../../crs/index.ts";
import { ImportFailure, problem } from "../problems.ts";
import { baseName, type ParsedSource } from "../parsed-source.ts";
import { unzipChecked } from "./unzip.ts";

/** The parts of one Shapefile, by lower-case extension ("shp", "dbf", "prj", "cpg"). */
export type ShapefileParts = Partial<Record<string, Uint8Array>>;

const decode = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

/** A .shp starts with file code 9994 and its length in 16-bit words; a shorter file was cut off. */
function checkShp(file: string, shp: Uint8Array): void {
  if (shp.byteLength < 100) throw new ImportFailure("import.error.truncatedShapefile", file, { part: ".shp" });
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (view.getInt32(0, false) !== 9994) throw new ImportFailure("import.error.malformedShapefile", file, { detail: "no .shp file code" });
  if (view.getInt32(24, false) * 2 > shp.byteLength) throw new ImportFailure("import.error.truncatedShapefile", file, { part: ".shp" });
}

/** A .dbf header gives its record count, header length and record length: together the file's size. */
function checkDbf(file: string, dbf: Uint8Array): void {
  if (dbf.byteLength < 32) throw new ImportFailure("import.error.truncatedShapefile", file, { part: ".dbf" });
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const size = view.getUint16(8, true) + view.getUint32(4, true) * view.getUint16(10, true);
  if (size > dbf.byteLength) throw new ImportFailure("import.error.truncatedShapefile", file, { part: ".dbf" });
}

/**
 * One Shapefile from its parts. shpjs reads geometry and attributes; we read the .prj
 * ourselves (shpjs would reproject with proj4's WKT reading, which drops the datum shift
 * of Lambert 72 and RD New: tens of metres off). A missing .dbf is a warning: shapes
 * without fields (so no population, no names).
 */
export function readShapefileParts(file: string, parts: ShapefileParts): ParsedSource {
  if (!parts.shp) throw new ImportFailure("import.error.shapefilePartMissing", file, { part: ".shp" });
  checkShp(file, parts.shp);
  if (parts.dbf) checkDbf(file, parts.dbf);
  let features: unknown[];
  try {
    const geometries = shpjs.parseShp(parts.shp.slice().buffer);
    const rows = parts.dbf ? shpjs.parseDbf(parts.dbf.slice().buffer, (decode(parts.cpg) ?? "") as never) : [];
    features = geometries.map((geometry, i) => ({ type: "Feature", geometry, properties: rows[i] ?? {} }));
  } catch (error) {
    throw new ImportFailure("import.error.malformedShapefile", file, { detail: (error instanceof Error ? error.message : String(error)).slice(0, 200) });
  }
  const prj = decode(parts.prj);
  const crs: ParsedSource["crs"] = prj ? { kind: "declared", result: crsFromPrj(prj) } : { kind: "detect" };
  const problems = parts.dbf ? [] : [problem("warning", "import.warning.dbfMissing", file)];
  return { file, name: baseName(file), features, crs, problems };
}

/** The entries worth unpacking: Shapefile parts and KML (macOS resource forks never). */
const WANTED = /\.(shp|dbf|prj|cpg|shx|kml)$/i;
const wanted = (name: string) => WANTED.test(name) && !name.includes("__MACOSX");

/**
 * Every Shapefile in a zip, and KML in a .kmz, checked for size before unpacking (src/data/import/formats/unzip.ts).
 * KML sources are named after the archive the user picked: alone as the archive's name, several as archive/inner.kml.
 */
export function unzipShapefiles(file: string, bytes: Uint8Array, maxUnpacked?: number): { shapefiles: [label: string, ShapefileParts][]; kml: [string, Uint8Array][] } {
  const entries = unzipChecked(file, bytes, wanted, maxUnpacked);
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
  const kmlNamed = kml.map(([inner, data]): [string, Uint8Array] => [kml.length === 1 ? file : `${file}/${inner}`, data]);
  return { shapefiles, kml: kmlNamed };
}
