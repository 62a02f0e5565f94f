import { detectFormat } from "./detect-format.ts";
import { readCsv } from "./formats/csv.ts";
import { readJson } from "./formats/json.ts";
import { readPbf } from "./formats/pbf.ts";
import { readShapefileParts, unzipShapefiles } from "./formats/shapefile.ts";
import { readXml } from "./formats/xml.ts";
import type { ImportUnit } from "./group-files.ts";
import type { ParsedSource } from "./parsed-source.ts";
import { ImportFailure } from "./problems.ts";
import { decodeText } from "./text.ts";
import type { ImportOptions, ImportProblem, InputFile } from "./types.ts";

/** Default per-file limit: an .osm.pbf grows about tenfold once parsed, and all of it lives in memory. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function guardSize(file: InputFile, maxBytes: number): void {
  if (file.bytes.byteLength === 0) throw new ImportFailure("import.error.empty", file.name);
  if (file.bytes.byteLength > maxBytes) {
    throw new ImportFailure("import.error.tooLarge", file.name, { sizeMb: mb(file.bytes.byteLength), limitMb: mb(maxBytes) });
  }
}

async function readSingle(file: InputFile, opts: ImportOptions, problems: ImportProblem[]): Promise<ParsedSource[]> {
  const { name, bytes } = file;
  const text = () => {
    const decoded = decodeText(bytes, name, problems);
    if (decoded.trim() === "") throw new ImportFailure("import.error.empty", name);
    return decoded;
  };
  switch (detectFormat(name, bytes)) {
    case "json":
      return [await readJson(name, text())];
    case "xml":
      return [await readXml(name, text(), opts.domParser)];
    case "pbf":
      return [await readPbf(name, bytes)];
    case "zip": {
      const { shapefiles, kml } = unzipShapefiles(name, bytes, opts.maxUnpackedBytes);
      const fromKml = await Promise.all(kml.map(([inner, data]) => readXml(inner, decodeText(data, inner, problems), opts.domParser)));
      return [...shapefiles.map(([label, parts]) => readShapefileParts(label, parts)), ...fromKml];
    }
    case "pmtiles": {
      // Loaded only for such a file, like the other readers: the command line starts without it.
      const { refusePmtiles } = await import("./formats/pmtiles.ts");
      return refusePmtiles(name, bytes);
    }
    case "csv":
      return [readCsv(name, text())];
    default:
      // Unknown extension and no recognisable start: junk fails in decodeText, text may be a CSV.
      try {
        return [readCsv(name, text())];
      } catch (error) {
        if (error instanceof ImportFailure && error.problem.key === "import.error.csvNoCoordinates") {
          throw new ImportFailure("import.error.unknownFormat", name);
        }
        throw error;
      }
  }
}

/** Reads one unit into raw sources (several for a zip of Shapefiles). Throws ImportFailure. */
export async function readUnit(unit: ImportUnit, opts: ImportOptions, problems: ImportProblem[]): Promise<ParsedSource[]> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (unit.type === "single") {
    guardSize(unit.file, maxBytes);
    return readSingle(unit.file, opts, problems);
  }
  for (const f of unit.files) if (!/\.cpg$/i.test(f.name)) guardSize(f, maxBytes);
  return [readShapefileParts(unit.name, unit.parts)];
}
