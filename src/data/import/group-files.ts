import { detectFormat, extensionOf } from "./detect-format.ts";
import type { ShapefileParts } from "./formats/shapefile.ts";
import { problem } from "./problems.ts";
import type { ImportProblem, InputFile } from "./types.ts";

/** One thing to read: a single file, or the parts of one Shapefile given side by side. */
export type ImportUnit =
  | { type: "single"; file: InputFile }
  | { type: "shapefile"; name: string; parts: ShapefileParts; files: InputFile[] };

/**
 * Groups .shp/.dbf/.prj/.cpg/.shx by base name (case-insensitive); every other file stands
 * alone. A part without its .shp is reported, not read.
 */
export function groupFiles(files: readonly InputFile[], problems: ImportProblem[]): ImportUnit[] {
  const units: ImportUnit[] = [];
  const groups = new Map<string, { parts: ShapefileParts; files: InputFile[] }>();
  for (const file of files) {
    if (detectFormat(file.name, file.bytes) !== "shapefile-part") {
      units.push({ type: "single", file });
      continue;
    }
    const key = file.name.replace(/\.[^.]+$/, "").toLowerCase();
    const group = groups.get(key) ?? { parts: {}, files: [] };
    group.parts[extensionOf(file.name)] = file.bytes;
    group.files.push(file);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const shp = group.files.find((f) => extensionOf(f.name) === "shp");
    if (shp) {
      units.push({ type: "shapefile", name: shp.name, parts: group.parts, files: group.files });
      continue;
    }
    for (const f of group.files) {
      problems.push(
        extensionOf(f.name) === "dbf"
          ? problem("error", "import.error.shapefilePartMissing", f.name, { part: ".shp" })
          : problem("warning", "import.warning.shapefilePartIgnored", f.name),
      );
    }
  }
  return units;
}
