// The offline base map of the demo: water, rail, buildings, streets, area and labels as PMTiles.
import type { Feature, FeatureCollection, Position } from "geojson";
import { packVectorLayers } from "../../src/data/pmtiles/index.ts";
import { round6 } from "./geo.ts";
import type { DemoFeatures } from "./index.ts";
import { toCollection, type OutFeature } from "./write.ts";

export const BASEMAP_ZOOMS = { min: 12, max: 16 } as const;

/** Label point: the mean of a polygon's outer-ring vertices (inside, as the demo's open spaces are compact and convex). */
function ringMiddle(f: OutFeature): Position {
  if (f.geometry.type !== "Polygon") throw new Error(`${f.properties.id} is not a polygon`);
  const ring = f.geometry.coordinates[0].slice(0, -1);
  const mean = (i: number) => round6(ring.reduce((s, p) => s + p[i], 0) / ring.length);
  return [mean(0), mean(1)];
}

function labels(features: DemoFeatures): FeatureCollection {
  const label = (f: OutFeature, kind: string, coordinates: Position): Feature => ({
    type: "Feature",
    properties: { name: f.properties.name, kind },
    geometry: { type: "Point", coordinates },
  });
  const out: Feature[] = [
    ...features.area.map((f) => label(f, String(f.properties.kind), ringMiddle(f))),
    ...features.squares.map((f) => label(f, "square", ringMiddle(f))),
    ...features.green.filter((f) => f.properties.kind === "park").map((f) => label(f, "park", ringMiddle(f))),
    ...features.meeting.map((f) => label(f, "meeting", (f.geometry as { coordinates: Position }).coordinates)),
  ];
  return { type: "FeatureCollection", features: out };
}

export function generateDemoBasemap(features: DemoFeatures): Uint8Array {
  return packVectorLayers(
    [
      { name: "water", data: toCollection(features.water, ["kind", "name"]) },
      { name: "rail", data: toCollection(features.railway, ["kind", "name"]) },
      { name: "area", data: toCollection(features.area, ["kind", "name"]) },
      { name: "buildings", data: toCollection(features.buildings, ["kind"]) },
      { name: "streets", data: toCollection(features.streets, ["kind", "name"]) },
      { name: "labels", data: labels(features) },
    ],
    {
      minZoom: BASEMAP_ZOOMS.min,
      maxZoom: BASEMAP_ZOOMS.max,
      centerZoom: 14,
      name: "Ontmoetingswijk base map",
      description: "Fictional demo neighbourhood in the open North Sea (made by npm run demo-data)",
      attribution: "Ontmoetingskaart demo data (CC0)",
    },
  );
}
