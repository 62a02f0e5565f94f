import type { CrsCode } from "./definitions.ts";
import { parseCrsName, type CrsNameResult } from "./crs-name.ts";

/** Names (lower case, letters and digits only) that ESRI and OGC WKT use for our systems. */
const NAME_PATTERNS: [RegExp, CrsCode][] = [
  [/belg(e|ian|ium)?(1972)?lambert(19)?72/, "EPSG:31370"],
  [/bd72belgianlambert72/, "EPSG:31370"],
  [/belg(e|ian|ium)?lambert2008/, "EPSG:3812"],
  [/(amersfoort)?rdnew/, "EPSG:28992"],
  [/pseudomercator|webmercator|mercatorauxiliarysphere|popularvisualisation/, "EPSG:3857"],
];

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The first quoted name after a keyword such as PROJCS or GEOGCRS. */
function nameAfter(wkt: string, keywords: string): string | null {
  const m = new RegExp(`\\b(?:${keywords})\\s*\\[\\s*"([^"]*)"`, "i").exec(wkt);
  return m ? m[1] : null;
}

/**
 * Detects the CRS of a .prj (WKT 1, ESRI or OGC flavour, or WKT 2). Matches the projected
 * system's name first, then an EPSG authority code, then a plain geographic WGS 84/ETRS89.
 */
export function crsFromPrj(wkt: string): CrsNameResult {
  const projName = nameAfter(wkt, "PROJCS|PROJCRS|PROJECTEDCRS");
  const name = projName ?? nameAfter(wkt, "GEOGCS|GEOGCRS|GEODCRS|GEOGRAPHICCRS") ?? wkt.slice(0, 80);
  const squashed = squash(name);
  for (const [pattern, code] of NAME_PATTERNS) if (pattern.test(squashed)) return { code };
  // The CRS's own authority code comes last in WKT 1 and WKT 2 alike.
  const ids = [...wkt.matchAll(/(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)];
  const own = ids.at(-1);
  if (own) {
    const byCode = parseCrsName(own[1]);
    if ("code" in byCode) return byCode;
  }
  if (!projName && /wgs(19)?84|etrs(19)?89/.test(squashed)) return { code: "EPSG:4326" };
  return { unknown: name };
}
