import { describe, expect, it } from "vitest";
import { createCoverageClientWithPort, mergeEdgeUpdates } from "../../../src/worker/coverage-client";
import { attachCoverageWorker } from "../../../src/worker/coverage.worker";
import { createInProcessPair } from "../../../src/worker/in-process-port";
import { fc, line, ll, point } from "../analysis/helpers";

// A street 0–1000 m with a vertex every 50 m (20 edges); residents along it; one place at 0.
const network = fc(line(...Array.from({ length: 21 }, (_, i) => [i * 50, 0] as [number, number])));
const residents = fc(...Array.from({ length: 11 }, (_, i) => point(i * 100, 10, { count: 1 })));
const places = fc({ ...point(0, 0), id: "a" });

describe("dropped drag steps keep their street changes", () => {
  it("merges newer edge changes over older ones", () => {
    const merged = mergeEdgeUpdates(
      { edges: Int32Array.from([1, 2]), distM: Float32Array.from([10, 20]) },
      { edges: Int32Array.from([2, 3]), distM: Float32Array.from([25, 30]) },
    );
    expect(Object.fromEntries([...merged.edges].map((e, i) => [e, merged.distM[i]]))).toEqual({ 1: 10, 2: 25, 3: 30 });
  });

  it("lets a caller that applies only delivered deltas end with the engine's exact edge distances", async () => {
    const pair = createInProcessPair();
    attachCoverageWorker(pair.worker);
    const client = createCoverageClientWithPort(pair.client);
    const init = await client.init({ network, residents, places, options: { limitM: 300, cutoffM: 600 } });
    if (init.status !== "done") throw new Error("init failed");
    const edges = Float32Array.from(init.result.edgeDistances);
    const apply = (o: Awaited<ReturnType<typeof client.movePlace>>) => {
      if (o.status !== "done") return false;
      o.result.edgeUpdates.edges.forEach((e, i) => (edges[e] = o.result.edgeUpdates.distM[i]));
      return true;
    };
    // As when a trial place is dropped in and dragged at once: the add is delivered; s1 goes out,
    // s2 waits and is replaced by s3; s1's result comes back stale and is dropped.
    expect(apply(await client.addPlace({ id: "t", geometry: { type: "Point", coordinates: ll(800, 0) } }))).toBe(true);
    const s1 = client.movePlace("t", ll(300, 0));
    const s2 = client.movePlace("t", ll(500, 0));
    // Back where s1 put it: this step changes no distance, so only s1 carries the changes.
    const s3 = client.movePlace("t", ll(300, 0));
    const delivered = [await s1, await s2, await s3].map(apply);
    expect(delivered).toEqual([false, false, true]);
    const full = await client.request({ type: "distances" });
    if (full.status !== "done") throw new Error("distances failed");
    expect(Array.from(edges)).toEqual(Array.from(full.result.edges));
    client.terminate();
  });
});
