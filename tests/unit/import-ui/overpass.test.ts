import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { bboxAreaKm2, checkAreaSize, fetchOverpassArea, MAX_AREA_KM2, overpassQuery } from "../../../src/data/overpass";

// A 2 × 2 km view in Antwerp: 0.0286° of longitude and 0.018° of latitude at 51.2° N.
const ANTWERP: [number, number, number, number] = [4.40, 51.20, 4.4286, 51.218];

describe("Overpass query builder and size guard", () => {
  it("asks for every tag of the tag table within the view, with node coordinates for ways", () => {
    const q = overpassQuery(ANTWERP);
    expect(q.startsWith("[out:json][timeout:60][bbox:51.200000,4.400000,51.218000,4.428600];")).toBe(true);
    expect(q).toContain('nwr["amenity"="bench"];');
    expect(q).toContain('nwr["place"="square"];');
    expect(q).toContain('nwr["leisure"~"^(park|playground|garden)$"];');
    expect(q).toContain('nwr[~"^disused:"~"."];');
    expect(q).toContain('nwr["highway"="cycleway"]["foot"~"^(yes|designated|permissive)$"];');
    expect(q).toMatch(/nwr\["highway"~"\^\(footway\|path\|pedestrian\|/);
    expect(q.trim().endsWith("out body;\n>;\nout skel qt;")).toBe(true);
    // No statement twice (squares come from several rules with the same first tag).
    const lines = q.split("\n").filter((l) => l.startsWith("  nwr"));
    expect(new Set(lines).size).toBe(lines.length);
  });

  it("measures the view and refuses views beyond the limit", () => {
    expect(bboxAreaKm2(ANTWERP)).toBeCloseTo(4, 0);
    expect(checkAreaSize([4.40, 51.20, 4.42, 51.21]).ok).toBe(true);
    const big = checkAreaSize([4.3, 51.1, 4.5, 51.3]);
    expect(big).toMatchObject({ ok: false, maxKm2: MAX_AREA_KM2 });
    expect(big.areaKm2).toBeGreaterThan(300);
  });

  it("gives typed reasons instead of throwing: too large, offline, server error, unreachable, aborted", async () => {
    expect(await fetchOverpassArea([4.3, 51.1, 4.5, 51.3])).toMatchObject({ ok: false, reason: "tooLarge" });
    expect(await fetchOverpassArea(ANTWERP, { online: false })).toEqual({ ok: false, reason: "offline" });
    const server = createServer((req, res) => {
      if (req.url === "/slow") return; // never answers: aborted by the caller
      res.writeHead(req.url === "/busy" ? 429 : 200).end('{"elements":[]}');
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect(await fetchOverpassArea(ANTWERP, { endpoint: `${base}/busy` })).toEqual({ ok: false, reason: "server", status: 429 });
      const ok = await fetchOverpassArea(ANTWERP, { endpoint: `${base}/api/interpreter` });
      expect(ok.ok && new TextDecoder().decode(ok.bytes)).toBe('{"elements":[]}');
      const controller = new AbortController();
      const pending = fetchOverpassArea(ANTWERP, { endpoint: `${base}/slow`, signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      expect(await pending).toEqual({ ok: false, reason: "aborted" });
    } finally {
      server.closeAllConnections();
      server.close();
    }
    // Nothing listens on port 9 of loopback: unreachable.
    expect(await fetchOverpassArea(ANTWERP, { endpoint: "http://127.0.0.1:9/api/interpreter" })).toEqual({ ok: false, reason: "network" });
  });
});
