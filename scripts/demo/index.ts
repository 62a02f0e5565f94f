// The demo neighbourhood as a pure function: same input, same bytes.
import { DEMO_FILE_IDS, type DemoFileId } from "../../src/data/demo-layers.ts";
import { buildArea, buildRailway, buildWater } from "./area.ts";
import { buildBlocks } from "./blocks.ts";
import { buildingsForBlock } from "./buildings.ts";
import { buildGrids } from "./grid.ts";
import { buildLayers } from "./layers.ts";
import { buildEdges } from "./network.ts";
import { parkPaths } from "./paths.ts";
import { ZONES } from "./plan.ts";
import { buildingFeatures, residentPoints } from "./residents.ts";
import { buildStreets } from "./streets.ts";
import { serializeCollection, type OutFeature } from "./write.ts";

export type DemoFileName = DemoFileId;

export type DemoFeatures = Record<DemoFileName, OutFeature[]>;

export function generateDemoFeatures(): DemoFeatures {
  const grids = buildGrids();
  const edges = ZONES.flatMap((zone) => buildEdges(grids.get(zone.id)!));
  const blocks = ZONES.flatMap((zone) => buildBlocks(grids.get(zone.id)!, edges.filter((e) => e.zone === zone.id)));
  const buildings = blocks.flatMap(buildingsForBlock);
  const layers = buildLayers(blocks, buildings); // takes over buildings for meeting places and vacancy
  return {
    area: buildArea(),
    water: buildWater(),
    railway: buildRailway(),
    streets: buildStreets(grids, edges, parkPaths(blocks)),
    buildings: buildingFeatures(buildings),
    residents: residentPoints(buildings),
    ...layers,
  };
}

/** File name (without .geojson) → exact file text. */
export function generateDemoFiles(features: DemoFeatures = generateDemoFeatures()): Record<DemoFileName, string> {
  const out = {} as Record<DemoFileName, string>;
  for (const name of DEMO_FILE_IDS) out[name] = serializeCollection(features[name]);
  return out;
}
