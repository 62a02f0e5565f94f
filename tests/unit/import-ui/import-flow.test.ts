import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportFlow } from "../../../src/app/import/import-flow";
import { viewBounds } from "../../../src/app/import/view-bounds";
import { demoDataset, demoLayers } from "../../../src/data/load-demo";
import { LAYER_IDS } from "../../../src/layers/definitions";
import { OSM_ATTRIBUTION } from "../../../src/state/slices/datasets";
import { createAppStore } from "../../../src/state/store";
import { createInProcessPair } from "../../../src/worker/in-process-port";
import { ImportClient } from "../../../src/worker/import-client";
import { attachImportWorker } from "../../../src/worker/import.worker";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/import");
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) });

function setUp() {
  const store = createAppStore();
  const demo = demoLayers();
  store.getState().addDatasets(LAYER_IDS.map((id) => demoDataset(id, demo[id])));
  const client = new ImportClient(() => {
    const pair = createInProcessPair();
    attachImportWorker(pair.worker);
    return pair.client;
  });
  return { store, flow: new ImportFlow(store, client) };
}

describe("the import flow", () => {
  it("adds OpenStreetMap layers at once, with the OSM attribution", async () => {
    const { store, flow } = setUp();
    await flow.openFiles([fixture("buurt.overpass.json")]);
    const osm = store.getState().datasets.filter((d) => d.origin === "osm");
    expect(osm.map((d) => d.kind).sort()).toEqual(["benches", "context", "green", "meeting", "network", "squares", "vacant"]);
    expect(osm.every((d) => d.attribution === OSM_ATTRIBUTION)).toBe(true);
    // Feature ids are unique strings per dataset; the source's own id is kept.
    const bench = osm.find((d) => d.kind === "benches")!.features.features[0]!;
    expect(bench.properties.id).toBe(`${osm.find((d) => d.kind === "benches")!.id}:0`);
    expect(flow.getState().messages.some((m) => m.key === "importUi.added")).toBe(true);
  });

  it("asks for the layer of other files, and changes nothing until confirmed", async () => {
    const { store, flow } = setUp();
    const before = store.getState().layerData;
    await flow.openFiles([fixture("zitbanken.kml")]);
    expect(store.getState().layerData).toBe(before);
    expect(flow.getState().reviewQueue[0]?.kind).toBe("benches");
    await flow.confirmKind("green");
    expect(store.getState().layerData.green.features.length).toBe(before.green.features.length + flow.getState().messages.filter((m) => m.key === "importUi.added").reduce((n, m) => n + Number(m.params.count), 0));
    expect(flow.getState().reviewQueue).toEqual([]);
  });

  it("asks for the CRS of an ambiguous file, then imports it where chosen", async () => {
    const { store, flow } = setUp();
    await flow.openFiles([fixture("dubbelzinnig-xy.csv")]);
    expect(flow.getState().crsQueue[0]?.file).toBe("dubbelzinnig-xy.csv");
    expect(flow.getState().reviewQueue).toEqual([]);
    await flow.chooseCrs("EPSG:28992");
    await flow.confirmKind("meeting");
    const added = store.getState().datasets.find((d) => d.sourceFile === "dubbelzinnig-xy.csv")!;
    expect(added.crs).toBe("EPSG:28992");
    const g = added.features.features[0]!.geometry as { coordinates: number[] };
    // In RD New y = 260 000 lies some 200 km south of Amersfoort (y = 463 000); in Lambert 72 it would be 51.65° N.
    expect(g.coordinates[1]).toBeLessThan(51);
  });

  it("reads residents with a population field the planner picks", async () => {
    const { store, flow } = setUp();
    const fc = { type: "FeatureCollection", features: [{ type: "Feature", properties: { naam: "A", mensen: 120 }, geometry: { type: "Polygon", coordinates: [[[4.4, 51.2], [4.41, 51.2], [4.41, 51.21], [4.4, 51.21], [4.4, 51.2]]] } }] };
    await flow.openFiles([{ name: "wijkjes.geojson", bytes: new TextEncoder().encode(JSON.stringify(fc)) }]);
    expect(flow.getState().reviewQueue[0]?.kind).not.toBe("residents");
    await flow.confirmKind("residents", "mensen");
    await flow.confirmKind("residents");
    const residents = store.getState().datasets.find((d) => d.kind === "residents")!.features;
    expect(residents.features[0]!.properties.residents).toBe(120);
  });

  it("a broken file gives a message naming it; loaded data stays", async () => {
    const { store, flow } = setUp();
    const before = store.getState().datasets;
    await flow.openFiles([fixture("kapot.geojson"), fixture("leeg.geojson")]);
    expect(store.getState().datasets).toBe(before);
    expect(flow.getState().messages.map((m) => m.params.file)).toEqual(["kapot.geojson", "leeg.geojson"]);
  });

  it("refuses to load an area larger than the limit, and nothing changes", async () => {
    const { store, flow } = setUp();
    const before = store.getState().datasets;
    await flow.loadOsmArea([4.3, 51.1, 4.5, 51.3], "http://127.0.0.1:9/api/interpreter");
    expect(flow.getState().messages[0]).toMatchObject({ severity: "error", key: "importUi.osm.tooLarge" });
    expect(store.getState().datasets).toBe(before);
  });
});

describe("view bounds", () => {
  it("turns the store's centre and zoom into the visible box", () => {
    const [w, s, e, n] = viewBounds({ center: [4.4, 51.2], zoom: 16 }, 1024, 512);
    // At zoom 16 one pixel is 360 / (512 · 2^16) degrees of longitude.
    expect(e - w).toBeCloseTo((1024 * 360) / (512 * 2 ** 16), 9);
    expect((w + e) / 2).toBeCloseTo(4.4, 9);
    expect(s).toBeLessThan(51.2);
    expect(n).toBeGreaterThan(51.2);
  });
});

describe("framing what was added", () => {
  it("fits the map to an opened file once its layer is confirmed", async () => {
    const { store, flow } = setUp();
    await flow.openFiles([fixture("zitbanken.kml")]);
    expect(store.getState().fitRequest).toBeNull();
    await flow.confirmKind("benches");
    const fit = store.getState().fitRequest!.bounds;
    const added = store.getState().datasets.find((d) => d.sourceFile === "zitbanken.kml")!;
    const [lon, lat] = (added.features.features[0]!.geometry as { coordinates: number[] }).coordinates as [number, number];
    expect(lon).toBeGreaterThanOrEqual(fit[0]);
    expect(lon).toBeLessThanOrEqual(fit[2]);
    expect(lat).toBeGreaterThanOrEqual(fit[1]);
    expect(lat).toBeLessThanOrEqual(fit[3]);
  });
});
