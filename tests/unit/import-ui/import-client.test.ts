import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createInProcessPair } from "../../../src/worker/in-process-port";
import { ImportClient, type ImportWorkerLike } from "../../../src/worker/import-client";
import { attachImportWorker } from "../../../src/worker/import.worker";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/import");
const fixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) });

function client() {
  const pairs: ReturnType<typeof createInProcessPair>[] = [];
  const c = new ImportClient(() => {
    const pair = createInProcessPair();
    attachImportWorker(pair.worker);
    pairs.push(pair);
    return pair.client;
  });
  return { client: c, sent: () => pairs[0]!.sent, pairs };
}

describe("import worker and its client (in-process)", () => {
  it("imports through typed messages, reports progress and transfers the bytes", async () => {
    const { client: c, sent } = client();
    const progress: number[] = [];
    const file = fixture("buurt.osm");
    const result = await c.run([file], {}, (f) => progress.push(f)).result;
    expect(result.layers.map((l) => l.kind).sort()).toEqual(["benches", "context", "green", "meeting", "network", "squares", "vacant"]);
    expect(progress.at(-1)).toBe(1);
    expect(file.bytes.byteLength).toBeGreaterThan(0); // the caller keeps its own copy
    expect(sent().toWorker[0]).toMatchObject({ type: "import", id: 1 });
  });

  it("passes the planner's CRS choice for an ambiguous file", async () => {
    const { client: c } = client();
    const first = await c.run([fixture("dubbelzinnig-xy.csv")]).result;
    expect(first.needsCrsChoice?.[0]?.candidates.map((x) => x.crs).sort()).toEqual(["EPSG:28992", "EPSG:31370"]);
    const chosen = await c.run([fixture("dubbelzinnig-xy.csv")], { assumeCrs: { "dubbelzinnig-xy.csv": "EPSG:31370" } }).result;
    const [lon, lat] = chosen.layers[0]!.features.features[0]!.geometry.type === "Point" ? (chosen.layers[0]!.features.features[0]!.geometry.coordinates as number[]) : [];
    // Lambert 72 y = 260 000 lies about 90 km north of Brussels, near the Dutch border.
    expect(lon).toBeGreaterThan(4);
    expect(lon).toBeLessThan(5);
    expect(lat).toBeGreaterThan(51.5);
    expect(lat).toBeLessThan(51.8);
  });

  it("cancel answers at once with an aborted result, ends the busy worker and starts a fresh one", async () => {
    const { client: c, pairs } = client();
    const running = c.run([fixture("buurt.osm"), fixture("zitbanken.kml"), fixture("pleinen-puntkomma.csv")]);
    running.cancel();
    const result = await running.result;
    expect(result.aborted).toBe(true);
    expect(result.layers).toEqual([]);
    expect(pairs).toHaveLength(2);
    // The client still works afterwards.
    expect((await c.run([fixture("zitbanken.kml")]).result).layers).toHaveLength(1);
  });

  it("reports a broken file as a typed problem naming it", async () => {
    const { client: c } = client();
    const result = await c.run([fixture("kapot.geojson")]).result;
    expect(result.layers).toEqual([]);
    expect(result.problems[0]).toMatchObject({ severity: "error", key: "import.error.malformedJson", params: { file: "kapot.geojson" } });
  });

  it("a worker that dies answers with a message naming the files, and the next import gets a fresh worker", async () => {
    const ports: ImportWorkerLike[] = [];
    const c = new ImportClient(() => {
      const pair = createInProcessPair();
      // The first worker never answers (as one killed for memory); later ones are real.
      if (ports.length > 0) attachImportWorker(pair.worker);
      ports.push(pair.client);
      return pair.client;
    });
    const running = c.run([fixture("zitbanken.kml")]);
    ports[0]!.onerror?.({ message: "out of memory" });
    const result = await running.result;
    expect(result.problems).toEqual([{ severity: "error", key: "import.error.workerFailed", params: { file: "zitbanken.kml", detail: "out of memory" } }]);
    expect(ports).toHaveLength(2);
    expect((await c.run([fixture("zitbanken.kml")]).result).layers).toHaveLength(1);
  });

  it("an import that takes longer than the time limit ends with a time-out naming the files", async () => {
    let made = 0;
    const c = new ImportClient(() => {
      made++;
      return createInProcessPair().client; // nothing attached: never answers
    }, 50);
    const started = Date.now();
    const result = await c.run([fixture("zitbanken.kml"), fixture("kapot.geojson")]).result;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.problems[0]).toMatchObject({ key: "import.error.timeout", params: { file: "zitbanken.kml, kapot.geojson" } });
    expect(made).toBe(2);
  });

  it("a result the worker cannot send (a clone error) still answers, with the technical detail kept apart", async () => {
    const pair = createInProcessPair();
    let first = true;
    const throwing = {
      onmessage: null as ((e: { data: unknown }) => void) | null,
      postMessage: (m: unknown, t?: Transferable[]) => {
        if (first && typeof m === "object" && m !== null && "result" in m) {
          first = false;
          throw new DOMException("could not be cloned", "DataCloneError");
        }
        pair.worker.postMessage(m, t);
      },
    };
    attachImportWorker(throwing);
    pair.worker.onmessage = (e) => throwing.onmessage?.(e);
    const c = new ImportClient(() => pair.client);
    const result = await c.run([fixture("zitbanken.kml")]).result;
    expect(result.problems).toEqual([{ severity: "error", key: "import.error.internal", params: { file: "zitbanken.kml", detail: "DataCloneError: could not be cloned" } }]);
  });

  it("sends each layer in a message of its own ahead of the result, and drops those sent ahead when a later one cannot be sent", async () => {
    const { client: c, pairs } = client();
    const result = await c.run([fixture("buurt.osm")]).result;
    const fromWorker = pairs[0]!.sent.toClient as { layer?: { kind: string }; result?: { layers: unknown[] }; layersAhead?: number }[];
    const layerMessages = fromWorker.filter((m) => m.layer);
    expect(layerMessages.map((m) => m.layer!.kind).sort()).toEqual(result.layers.map((l) => l.kind).sort());
    const last = fromWorker.at(-1)!;
    expect(last.result!.layers).toEqual([]);
    expect(last.layersAhead).toBe(layerMessages.length);

    // The third layer cannot be cloned: the import ends with the internal error, and none of the first two is added.
    const pair = createInProcessPair();
    let layers = 0;
    const throwing = {
      onmessage: null as ((e: { data: unknown }) => void) | null,
      postMessage: (m: unknown, t?: Transferable[]) => {
        if (typeof m === "object" && m !== null && "layer" in m && ++layers === 3) throw new DOMException("could not be cloned", "DataCloneError");
        pair.worker.postMessage(m, t);
      },
    };
    attachImportWorker(throwing);
    pair.worker.onmessage = (e) => throwing.onmessage?.(e);
    const failed = await new ImportClient(() => pair.client).run([fixture("buurt.osm")]).result;
    expect(failed.layers).toEqual([]);
    expect(failed.problems[0]).toMatchObject({ severity: "error", key: "import.error.internal" });
  });

  it("hostile nesting comes back through the worker's messages: a GeometryCollection 1 000 deep, a property 100 000 deep", async () => {
    const { client: c } = client();
    const hostile = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.resolve(FIXTURES, "../hostile", name))) });
    const nested = await c.run([hostile("genest-1000.geojson")]).result;
    expect(nested.layers[0]!.features.features).toHaveLength(1);
    expect(nested.problems).toContainEqual(expect.objectContaining({ key: "import.warning.skipped", params: expect.objectContaining({ reason: "import.skip.nestedTooDeep" }) }));
    const deep = await c.run([hostile("diepe-eigenschap.geojson")]).result;
    expect(deep.problems).toEqual([expect.objectContaining({ key: "import.error.nestedTooDeep", params: expect.objectContaining({ file: "diepe-eigenschap.geojson" }) })]);
  });
});
