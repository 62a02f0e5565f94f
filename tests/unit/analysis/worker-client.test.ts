import { describe, expect, it } from "vitest";
import { attachCoverageWorker } from "../../../src/worker/coverage.worker.ts";
import { createCoverageClientWithPort } from "../../../src/worker/coverage-client.ts";
import { createInProcessPair } from "../../../src/worker/in-process-port.ts";
import type { RequestEnvelope } from "../../../src/worker/coverage-protocol.ts";
import { fc, line, ll, point } from "./helpers.ts";

function setup() {
  const pair = createInProcessPair();
  attachCoverageWorker(pair.worker); // the real worker code, in-process
  const client = createCoverageClientWithPort(pair.client);
  return { client, pair };
}

// A straight street 0–1000 m; one resident every 100 m; one place at 0.
const network = fc(line([0, 0], [1000, 0]));
const residents = fc(...Array.from({ length: 11 }, (_, i) => point(i * 100, 10, { count: 1 })));
const places = fc({ ...point(0, 0), id: "a" });

describe("coverage worker client (in-process worker)", () => {
  it("initialises and answers a drag step with exact figures", async () => {
    const { client } = setup();
    const init = await client.init({ network, residents, places, options: { limitM: 250 } });
    expect(init.status).toBe("done");
    if (init.status !== "done") return;
    // residents at x=0,100,200 are within 250 m (10 m off the street each: 10, 110, 210)
    expect(init.result.summary.withinReach).toBe(3);
    expect(init.result.summary.mode).toBe("network");
    expect(init.result.edgeFeature).toBeInstanceOf(Int32Array);
    const step = await client.movePlace("a", ll(500, 0));
    expect(step.status).toBe("done");
    if (step.status === "done") {
      // x=300…700 within 250 m: 210, 110, 10, 110, 210
      expect(step.result.figures.withinReach).toBe(5);
      expect(step.result.gained).toBe(5);
      expect(step.result.lost).toBe(3);
      expect(step.result.edgeUpdates.distM).toBeInstanceOf(Float32Array);
    }
    const gained = await client.request({ type: "gainedResidents" });
    expect(gained.status === "done" && Array.from(gained.result)).toEqual([3, 4, 5, 6, 7]);
    const d = await client.request({ type: "distances" });
    // cut-off = limit (250): farther residents are Infinity
    expect(d.status === "done" && Array.from(d.result.residents.slice(1, 6))).toEqual([Infinity, Infinity, 210, 110, 10]);
    client.terminate();
  });

  it("coalesces drag steps (newest wins) and drops superseded results", async () => {
    const { client, pair } = setup();
    await client.init({ network, residents, places, options: { limitM: 250 } });
    pair.sent.toWorker.length = 0;
    const s1 = client.movePlace("a", ll(100, 0)); // goes out at once
    const s2 = client.movePlace("a", ll(200, 0)); // waits …
    const s3 = client.movePlace("a", ll(300, 0)); // … and replaces s2
    const other = client.gaps(); // a different key: kept, runs after s3's slot in order
    const s4 = client.movePlace("a", ll(1000, 0)); // replaces s3, queued after gaps
    expect(await s2).toEqual({ status: "superseded" });
    expect(await s3).toEqual({ status: "superseded" });
    // s1 returns while s4 (same key) is waiting: its result is stale and dropped
    expect(await s1).toEqual({ status: "superseded" });
    const g = await other;
    expect(g.status).toBe("done");
    const last = await s4;
    expect(last.status).toBe("done");
    if (last.status === "done") expect(last.result.figures.withinReach).toBe(3); // x=800,900,1000
    // only s1, gaps and s4 were sent to the worker: one request in flight at a time
    const sentTypes = (pair.sent.toWorker as RequestEnvelope[]).map((m) => m.request.type);
    expect(sentTypes).toEqual(["movePlace", "gaps", "movePlace"]);
    client.terminate();
  });

  it("never coalesces adds and removes, reports errors, and sends progress", async () => {
    const { client } = setup();
    const phases: string[] = [];
    client.onProgress = (p) => phases.push(p.phase);
    await client.init({ network, residents, places: fc(), options: { limitM: 250 } });
    expect(phases).toContain("network");
    const a = client.addPlace({ id: "x", geometry: { type: "Point", coordinates: ll(0, 0) } });
    const b = client.addPlace({ id: "y", geometry: { type: "Point", coordinates: ll(1000, 0) } });
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.status).toBe("done");
    expect(rb.status).toBe("done");
    if (rb.status === "done") expect(rb.result.figures.withinReach).toBe(6);
    await expect(client.removePlace("nope")).rejects.toThrow(/unknown place id/);
    const short = await client.request({ type: "shortlist", candidates: [{ id: "mid", geometry: { type: "Point", coordinates: ll(500, 0) } }] });
    expect(short.status === "done" && short.result[0]).toEqual({ id: "mid", gained: 5, gainedPoints: 5 });
    expect(phases).toContain("shortlist");
    client.terminate();
  });

  it("works with no network (straight-line mode, flagged)", async () => {
    const { client } = setup();
    const r = await client.init({ network: null, residents, places, options: { limitM: 250 } });
    expect(r.status === "done" && r.result.summary.mode).toBe("straight-line");
    client.terminate();
  });
});
