import type { Feature } from "geojson";
import type { LayerKind } from "./layer-kinds.ts";

type Shape = "point" | "line" | "area";

/** Words (Dutch, English, French) in file names, field names and values that suggest a layer. */
const KEYWORDS: [LayerKind, readonly Shape[], readonly string[]][] = [
  ["benches", ["point"], ["bank", "banken", "zitbank", "zitbanken", "bench", "benches", "banc", "bancs", "zitplek", "zitplekken"]],
  ["meeting", ["point", "area"], ["buurthuis", "buurthuizen", "ontmoeting", "ontmoetingsplek", "ontmoetingsplekken", "ontmoetingscentrum", "gemeenschapscentrum", "wijkcentrum", "jeugdhuis", "bibliotheek", "community", "library", "meeting", "youth", "maison", "quartier"]],
  ["squares", ["point", "area"], ["plein", "pleinen", "square", "squares", "piazza", "marktplein"]],
  ["green", ["point", "area"], ["park", "parken", "parks", "groen", "groene", "green", "speeltuin", "speelplein", "playground", "tuin", "garden", "jardin", "gras", "grass"]],
  ["vacant", ["point", "area"], ["leegstand", "leeg", "vacant", "braak", "braakliggend", "brownfield", "ruine", "ruins", "friche", "verlaten", "abandoned", "disused"]],
  ["network", ["line"], ["weg", "wegen", "straat", "straten", "pad", "paden", "voetpad", "voetpaden", "footway", "path", "paths", "street", "streets", "road", "roads", "netwerk", "network", "chemin", "rue"]],
];

/** Without hints: lines walk, points are places to meet; areas (often boundaries) and mixed data are context. */
const BY_SHAPE: Record<Shape, LayerKind> = { line: "network", area: "context", point: "meeting" };

function shapeOf(f: Feature): Shape {
  const t = f.geometry.type;
  if (t === "Point" || t === "MultiPoint") return "point";
  if (t === "LineString" || t === "MultiLineString") return "line";
  return "area";
}

/** Lower-case words of a name, split at non-letters and camelCase humps. */
function words(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFD")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/**
 * Guesses the layer of a non-OpenStreetMap file. Confident when a keyword in the file name,
 * a field name or a value points at exactly one layer that fits the shape of the data.
 */
export function guessKind(fileName: string, features: readonly Feature[]): { kind: LayerKind; confident: boolean } {
  const shapes = new Set(features.map(shapeOf));
  const shape = shapes.size === 1 ? [...shapes][0] : null;
  const sample = features.slice(0, 20);
  const text = [fileName, ...sample.flatMap((f) => Object.entries(f.properties ?? {}).flatMap(([k, v]) => (typeof v === "string" ? [k, v] : [k])))];
  const found = new Set(text.flatMap(words));
  const hits = KEYWORDS.filter(([, fits, keys]) => shape !== null && fits.includes(shape) && keys.some((k) => found.has(k)));
  if (hits.length === 1) return { kind: hits[0][0], confident: true };
  if (hits.length > 1) return { kind: hits[0][0], confident: false };
  return { kind: shape ? BY_SHAPE[shape] : "context", confident: false };
}
