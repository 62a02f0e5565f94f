// PMTiles over HTTP from a host that ignores Range: read whole when small, a message in words when not.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { FetchSource, PMTiles } from "pmtiles";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addNumberFormats } from "../../../src/app/coverage/format";
import { BytesSource } from "../../../src/data/pmtiles/bytes-source";
import { basemapProblemOf, HttpSource, HttpStatusError, RangeNotSupportedError } from "../../../src/data/pmtiles/http-source";
import { createI18n } from "../../../src/i18n";

const archive = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, "../../../public/demo-basemap.pmtiles")));

type Mode = "ignore-range" | "ignore-range-chunked" | "honour-range" | "missing";
interface Seen {
  url: string;
  range: string | undefined;
  status: number;
}

/** A loopback host: one path per behaviour, each request recorded. */
function startHost() {
  const seen: Record<Mode, Seen[]> = { "ignore-range": [], "ignore-range-chunked": [], "honour-range": [], missing: [] };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const mode = req.url!.slice(1).split(".")[0] as Mode;
    const range = req.headers.range;
    const log = (status: number) => seen[mode].push({ url: req.url!, range, status });
    if (mode === "missing") {
      log(404);
      res.writeHead(404).end("not here");
    } else if (mode === "honour-range" && range) {
      const [, from, to] = /^bytes=(\d+)-(\d+)$/.exec(range)!;
      const end = Math.min(Number(to), archive.length - 1);
      log(206);
      res.writeHead(206, { "Content-Range": `bytes ${from}-${end}/${archive.length}`, "Content-Length": end - Number(from) + 1 });
      res.end(archive.subarray(Number(from), end + 1));
    } else if (mode === "ignore-range-chunked") {
      // No Content-Length: the body arrives in pieces, its size unknown until the end.
      log(200);
      res.writeHead(200, { "Content-Type": "application/octet-stream" });
      for (let at = 0; at < archive.length; at += 64 * 1024) res.write(archive.subarray(at, at + 64 * 1024));
      res.end();
    } else {
      log(200);
      res.writeHead(200, { "Content-Length": archive.length, ETag: '"demo-1"' }).end(archive);
    }
  });
  return { server, seen };
}

const host = startHost();
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => host.server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(host.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => {
  host.server.close(() => resolve());
  host.server.closeAllConnections(); // keep-alive sockets would hold the close for seconds
}));

const reference = new PMTiles(new BytesSource(archive, "reference"));
const somewhere = async (p: PMTiles) => {
  const h = await p.getHeader();
  const z = h.maxZoom;
  const n = 2 ** z;
  const x = Math.floor(((h.centerLon + 180) / 360) * n);
  const lat = (h.centerLat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
  return p.getZxy(z, x, y);
};

describe("HttpSource", () => {
  it("shows why it is needed: pmtiles' own FetchSource gives up on a host that ignores Range", async () => {
    await expect(new PMTiles(new FetchSource(`${base}/ignore-range.pmtiles`)).getHeader()).rejects.toThrow(/Byte Serving/);
  });

  it("reads a small archive whole, once, from a host that ignores Range", async () => {
    const url = `${base}/ignore-range.pmtiles?whole`;
    const viaHttp = new PMTiles(new HttpSource(url));
    expect(await viaHttp.getHeader()).toMatchObject({ ...(await reference.getHeader()), etag: '"demo-1"' });
    const tile = await somewhere(viaHttp);
    expect(tile).toBeDefined();
    expect(new Uint8Array(tile!.data)).toEqual(new Uint8Array((await somewhere(reference))!.data));
    expect(await viaHttp.getMetadata()).toEqual(await reference.getMetadata());
    // One request answered with the whole file; every later read came from memory.
    expect(host.seen["ignore-range"].filter((r) => r.url.endsWith("?whole"))).toEqual([{ url: "/ignore-range.pmtiles?whole", range: "bytes=0-16383", status: 200 }]);
  });

  it("also when the host does not say how long the file is", async () => {
    const viaHttp = new PMTiles(new HttpSource(`${base}/ignore-range-chunked.pmtiles`));
    expect(await viaHttp.getHeader()).toMatchObject(await reference.getHeader());
    expect(host.seen["ignore-range-chunked"].length).toBe(1);
  });

  it("refuses an archive over the limit, naming the URL and the size, in Dutch and English", async () => {
    const url = `${base}/ignore-range.pmtiles`;
    const limit = 100 * 1024;
    const error = await new PMTiles(new HttpSource(url, { wholeLimit: limit })).getHeader().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RangeNotSupportedError);
    expect(error).toMatchObject({ url, bytes: archive.length, limit });

    const problem = basemapProblemOf(error, url);
    const nl = createI18n("nl");
    addNumberFormats(nl);
    const text = nl.t(problem.key, problem.params);
    const mb = new Intl.NumberFormat("nl", { maximumFractionDigits: 1 }).format(archive.length / 1024 / 1024);
    expect(text).toContain(url);
    expect(text).toContain("Range");
    expect(text).toContain(`${mb} MB, en hoogstens 0,1 MB kan`);
    const en = createI18n("en");
    expect(en.t(problem.key, problem.params)).toContain(`The base map ${url} does not load`);

    // Without a length the body is read up to the limit, then dropped.
    const chunked = await new PMTiles(new HttpSource(`${base}/ignore-range-chunked.pmtiles`, { wholeLimit: limit })).getHeader().catch((e: unknown) => e);
    expect(chunked).toMatchObject({ bytes: null, limit });
    expect(nl.t(basemapProblemOf(chunked, "").key, basemapProblemOf(chunked, "").params)).toContain("groter dan 0,1 MB");
  });

  it("reads ranges from a host that supports them, never the whole file", async () => {
    const viaHttp = new PMTiles(new HttpSource(`${base}/honour-range.pmtiles`));
    expect(await viaHttp.getHeader()).toMatchObject(await reference.getHeader());
    expect(new Uint8Array((await somewhere(viaHttp))!.data)).toEqual(new Uint8Array((await somewhere(reference))!.data));
    const requests = host.seen["honour-range"];
    expect(requests.length).toBeGreaterThanOrEqual(2);
    expect(requests.every((r) => r.status === 206 && r.range?.startsWith("bytes="))).toBe(true);
  });

  it("says which URL answered with which HTTP error", async () => {
    const url = `${base}/missing.pmtiles`;
    const error = await new PMTiles(new HttpSource(url)).getHeader().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(basemapProblemOf(error, url)).toEqual({ key: "basemap.httpError", params: { url, status: 404 } });
  });
});
