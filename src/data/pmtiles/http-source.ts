/**
 * A pmtiles Source over HTTP that copes with hosts that ignore Range requests. PMTiles reads
 * an archive in small byte ranges; a host that answers "200, here is the whole file" instead
 * (some static servers and proxies do) makes pmtiles' own FetchSource give up with a
 * technical error. Here a small archive (under WHOLE_READ_LIMIT) is then read whole, once,
 * and served from memory; a larger one fails with RangeNotSupportedError, which names the
 * URL and the size so the app can say what is wrong in words.
 */
import type { RangeResponse, Source } from "pmtiles";

/** Big enough for a neighbourhood's or a town's base map, small enough for a phone's memory. */
export const WHOLE_READ_LIMIT = 50 * 1024 * 1024;

/** The host ignored Range and the archive is too large (or of unknown size beyond the limit) to read whole. */
export class RangeNotSupportedError extends Error {
  constructor(
    readonly url: string,
    /** Bytes the host said it would send, or null when it did not say. */
    readonly bytes: number | null,
    readonly limit: number,
  ) {
    super(`${url}: the server ignores HTTP Range requests and the archive is larger than ${limit} bytes`);
    this.name = "RangeNotSupportedError";
  }
}

/** Any other answer than the bytes asked for (404, 500 ...). */
export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url}: HTTP ${status}`);
    this.name = "HttpStatusError";
  }
}

export interface HttpSourceOptions {
  /** Largest archive read whole from a host that ignores Range (bytes). */
  wholeLimit?: number;
}

const strongEtag = (response: Response) => {
  const etag = response.headers.get("etag");
  return etag && !etag.startsWith("W/") ? etag : undefined;
};

/** The body, refusing to hold more than `limit` bytes (a host may not say how long it is). */
async function readCapped(response: Response, url: string, limit: number): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get("content-length"));
  const size = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (size !== null && size > limit) {
    await response.body?.cancel();
    throw new RangeNotSupportedError(url, size, limit);
  }
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new RangeNotSupportedError(url, size, limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

export class HttpSource implements Source {
  /** The whole archive, once a host has answered a range request with all of it. */
  private whole: Promise<{ data: ArrayBuffer; etag?: string }> | null = null;
  private readonly limit: number;

  constructor(
    private readonly url: string,
    options: HttpSourceOptions = {},
  ) {
    this.limit = options.wholeLimit ?? WHOLE_READ_LIMIT;
  }

  getKey(): string {
    return this.url;
  }

  async getBytes(offset: number, length: number, signal?: AbortSignal): Promise<RangeResponse> {
    if (this.whole) return this.sliceOfWhole(offset, length);
    const response = await fetch(this.url, { headers: { range: `bytes=${offset}-${offset + length - 1}` }, signal });
    if (response.status === 206) {
      return {
        data: await response.arrayBuffer(),
        etag: strongEtag(response),
        cacheControl: response.headers.get("cache-control") ?? undefined,
        expires: response.headers.get("expires") ?? undefined,
      };
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new HttpStatusError(this.url, response.status);
    }
    // 200 to a range request: the host ignored Range and is sending the whole archive.
    if (!this.whole) {
      this.whole = readCapped(response, this.url, this.limit).then((data) => ({ data, etag: strongEtag(response) }));
      // A failed read (too large, aborted) is not kept: the next request may try again.
      this.whole.catch(() => (this.whole = null));
    } else {
      await response.body?.cancel();
    }
    return this.sliceOfWhole(offset, length);
  }

  private async sliceOfWhole(offset: number, length: number): Promise<RangeResponse> {
    const whole = await this.whole!;
    return { data: whole.data.slice(offset, offset + length), etag: whole.etag };
  }
}

/** A base map problem as a message key and its parameters (texts: src/i18n/messages/basemap.ts). */
export interface BasemapProblem {
  key: string;
  params: Record<string, string | number>;
}

const MB = 1024 * 1024;

/** What to tell the planner when the archive `source` (a URL or a file name) could not be read. */
export function basemapProblemOf(error: unknown, source: string): BasemapProblem {
  if (error instanceof RangeNotSupportedError) {
    const limitMb = error.limit / MB;
    return error.bytes === null
      ? { key: "basemap.noRangeUnknownSize", params: { url: error.url, limitMb } }
      : { key: "basemap.noRange", params: { url: error.url, sizeMb: error.bytes / MB, limitMb } };
  }
  if (error instanceof HttpStatusError) return { key: "basemap.httpError", params: { url: error.url, status: error.status } };
  return { key: "basemap.unreadable", params: { file: source } };
}
