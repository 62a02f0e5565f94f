import type { LayerId } from "../layers/definitions";
import type { PlaceCollection } from "../state/types";
import type { Dataset } from "../state/slices/datasets";
import { demoStudyArea } from "./demo-study-area";

// The demo neighbourhood is embedded in the bundle (a few hundred kB), so the app starts
// offline with no request beyond its own files.
// Only the layers the map shows; buildings and residents stay out of the bundle.
const files = import.meta.glob<string>("../../data/demo/{area,meeting,squares,green,vacant,benches}.geojson", {
  query: "?raw",
  import: "default",
  eager: true,
});

function demoFile(name: string): PlaceCollection {
  const text = files[`../../data/demo/${name}.geojson`];
  if (text === undefined) throw new Error(`demo file missing: ${name}.geojson`);
  return JSON.parse(text) as PlaceCollection;
}

export function demoLayers(): Record<LayerId, PlaceCollection> {
  return {
    meeting: demoFile("meeting"),
    squares: demoFile("squares"),
    green: demoFile("green"),
    vacant: demoFile("vacant"),
    benches: demoFile("benches"),
  };
}

/** The neighbourhood boundary and its sub-neighbourhoods. */
export function demoArea(): PlaceCollection {
  return demoFile("area");
}

// The analysis inputs are larger (about 0.9 MB of residents): separate chunks, fetched from
// our own origin after the map is up.
const analysisFiles = import.meta.glob<string>("../../data/demo/{streets,residents}.geojson", {
  query: "?raw",
  import: "default",
});

async function lazyDemoFile(name: string): Promise<PlaceCollection> {
  const load = analysisFiles[`../../data/demo/${name}.geojson`];
  if (!load) throw new Error(`demo file missing: ${name}.geojson`);
  return JSON.parse(await load()) as PlaceCollection;
}

/** The demo's walking network, residents and study area, for the coverage analysis. */
export async function demoAnalysisInputs() {
  const [network, residents] = await Promise.all([lazyDemoFile("streets"), lazyDemoFile("residents")]);
  return { network, residents, area: demoStudyArea(demoArea()), buildings: null };
}

/** The demo as datasets (src/state/slices/datasets.ts): removable together with "demo weghalen". */
export function demoDataset(kind: Dataset["kind"], features: PlaceCollection): Dataset {
  return { id: `demo-${kind}`, name: "Ontmoetingswijk", sourceFile: "demo", kind, features, crs: "EPSG:4326", origin: "demo", hidden: false };
}
