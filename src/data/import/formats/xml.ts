import { osmToFeatures } from "../../osm/osm-to-features.ts";
import { ImportFailure } from "../problems.ts";
import { baseName, type ParsedSource } from "../parsed-source.ts";
import type { ImportOptions } from "../types.ts";

type XmlParser = NonNullable<ImportOptions["domParser"]>;

/** The global DOMParser (browser main thread); @xmldom/xmldom where there is none (Node, Web Workers). */
async function defaultParser(): Promise<XmlParser> {
  if (typeof globalThis.DOMParser === "function") return new globalThis.DOMParser();
  const { DOMParser } = await import("@xmldom/xmldom");
  // Errors (not just fatal ones) stop parsing: a half-read file would silently lose features.
  return new DOMParser({ onError: (level: string, message: string) => {
    if (level !== "warning") throw new Error(message);
  } });
}

interface XmlDoc {
  documentElement?: { localName?: string; nodeName?: string } | null;
  getElementsByTagName(name: string): { length: number };
}

function parseXml(parser: XmlParser, text: string, file: string): XmlDoc {
  let doc: XmlDoc | undefined;
  try {
    doc = parser.parseFromString(text, "text/xml") as XmlDoc;
  } catch {
    throw new ImportFailure("import.error.malformedXml", file);
  }
  // Browsers do not throw: they return a document holding a <parsererror> element.
  if (!doc?.documentElement || doc.getElementsByTagName("parsererror").length > 0) {
    throw new ImportFailure("import.error.malformedXml", file);
  }
  return doc;
}

/** KML (via @tmcw/togeojson) or OSM XML (via osmtogeojson), told apart by the root element. */
export async function readXml(file: string, text: string, domParser?: XmlParser): Promise<ParsedSource> {
  const doc = parseXml(domParser ?? (await defaultParser()), text, file);
  const root = (doc.documentElement?.localName ?? doc.documentElement?.nodeName ?? "").toLowerCase();
  const name = baseName(file);
  const wgs84 = { kind: "fixed", code: "EPSG:4326" } as const;
  if (root === "osm") return { file, name, features: await osmToFeatures(doc), crs: wgs84, osm: true };
  if (root === "kml") {
    const { kml } = await import("@tmcw/togeojson");
    return { file, name, features: kml(doc as Parameters<typeof kml>[0]).features, crs: wgs84 };
  }
  throw new ImportFailure("import.error.notKmlOrOsm", file);
}
