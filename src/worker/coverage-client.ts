/**
 * Typed client for the coverage worker: one request in flight, newest-wins coalescing.
 *
 * Requests with the same coalesce key (e.g. every drag step of one place) replace each other
 * while they wait: the replaced one resolves `{ status: "superseded" }` at once. When the
 * request in flight returns and a newer one with its key is already waiting, its result is
 * dropped (also "superseded"). Requests without a key (init, add, remove) are never dropped.
 * Pattern: MapLibre's GeoJSONSource._updateWorkerData; Placemark's worker shell.
 */
import type { Geometry, Position } from "geojson";
import type { PlaceInput } from "../analysis/places.ts";
import type { CoverageRequest, CoverageRequestType, CoverageResults, Progress, RequestOf, ResponseEnvelope, WorkerLike } from "./coverage-protocol.ts";

type EdgeUpdates = { edges: Int32Array; distM: Float32Array };

function hasEdgeUpdates(result: unknown): result is { edgeUpdates: EdgeUpdates } {
  return typeof result === "object" && result !== null && "edgeUpdates" in result;
}

/**
 * Step results carry only the edges that changed. When a stale step's result is dropped, its
 * changes must still reach the caller, or the caller's copy of the distances drifts: the newer
 * changes are laid over the older ones.
 */
export function mergeEdgeUpdates(older: EdgeUpdates | undefined, newer: EdgeUpdates): EdgeUpdates {
  if (!older) return newer;
  const merged = new Map<number, number>();
  for (let i = 0; i < older.edges.length; i++) merged.set(older.edges[i], older.distM[i]);
  for (let i = 0; i < newer.edges.length; i++) merged.set(newer.edges[i], newer.distM[i]);
  return { edges: Int32Array.from(merged.keys()), distM: Float32Array.from(merged.values()) };
}

export type Outcome<T> = { status: "done"; result: T } | { status: "superseded" };

export interface RequestOptions {
  /** Same key → newest wins. Default per type: see DEFAULT_COALESCE. */
  coalesceKey?: string | null;
  onProgress?: (p: Progress) => void;
  transfer?: Transferable[];
}

/** Which requests coalesce by default (null: never). */
export const DEFAULT_COALESCE: Record<CoverageRequestType, ((r: CoverageRequest) => string) | null> = {
  init: () => "init",
  analyse: () => "init",
  setPlaces: () => "setPlaces",
  setOptions: () => "setOptions",
  addPlace: null,
  removePlace: null,
  movePlace: (r) => `move:${(r as RequestOf<"movePlace">).id}`,
  commitBaseline: null,
  gaps: () => "gaps",
  reachCurve: () => "reachCurve",
  areas: () => "areas",
  distances: () => "distances",
  gainedResidents: () => "gainedResidents",
  shortlist: () => "shortlist",
  scenario: () => "scenario",
};

interface Pending {
  id: number;
  request: CoverageRequest;
  key: string | null;
  transfer: Transferable[];
  onProgress?: (p: Progress) => void;
  resolve: (o: Outcome<unknown>) => void;
  reject: (e: Error) => void;
}

export class CoverageClient {
  private nextId = 1;
  private inFlight: Pending | null = null;
  private queue: Pending[] = [];
  private closed = false;
  /** Street-edge changes of steps whose results were dropped, per coalesce key (see receive). */
  private readonly carried = new Map<string, EdgeUpdates>();
  /** Progress of any request (e.g. for a global spinner). */
  onProgress: ((p: Progress, request: CoverageRequestType) => void) | null = null;

  constructor(private readonly port: WorkerLike) {
    port.onmessage = (event) => this.receive(event.data as ResponseEnvelope);
  }

  request<T extends CoverageRequestType>(request: RequestOf<T>, opts: RequestOptions = {}): Promise<Outcome<CoverageResults[T]>> {
    if (this.closed) return Promise.reject(new Error("coverage client terminated"));
    const key = opts.coalesceKey !== undefined ? opts.coalesceKey : (DEFAULT_COALESCE[request.type]?.(request) ?? null);
    return new Promise<Outcome<CoverageResults[T]>>((resolve, reject) => {
      const p: Pending = { id: this.nextId++, request, key, transfer: opts.transfer ?? [], onProgress: opts.onProgress, resolve: resolve as (o: Outcome<unknown>) => void, reject };
      if (key !== null) {
        const i = this.queue.findIndex((q) => q.key === key);
        if (i >= 0) this.queue.splice(i, 1)[0].resolve({ status: "superseded" });
      }
      this.queue.push(p);
      this.pump();
    });
  }

  /** Number of requests waiting (not counting the one in flight). */
  get waiting(): number {
    return this.queue.length;
  }

  get busy(): boolean {
    return this.inFlight !== null;
  }

  private pump() {
    if (this.inFlight || this.closed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.inFlight = next;
    this.port.postMessage({ id: next.id, request: next.request }, next.transfer);
  }

  private receive(msg: ResponseEnvelope) {
    const cur = this.inFlight;
    if (!cur || msg.id !== cur.id) return; // not ours (or after terminate)
    if ("progress" in msg) {
      cur.onProgress?.(msg.progress);
      this.onProgress?.(msg.progress, cur.request.type);
      return;
    }
    this.inFlight = null;
    if (!msg.ok) cur.reject(Object.assign(new Error(msg.error.message), msg.error.key ? { key: msg.error.key } : {}));
    else if (cur.key !== null && this.queue.some((q) => q.key === cur.key)) {
      // The worker did run this step: keep its street changes for the result that replaces it.
      if (hasEdgeUpdates(msg.result)) this.carried.set(cur.key, mergeEdgeUpdates(this.carried.get(cur.key), msg.result.edgeUpdates));
      cur.resolve({ status: "superseded" });
    } else {
      const carried = cur.key !== null ? this.carried.get(cur.key) : undefined;
      if (carried && cur.key !== null && hasEdgeUpdates(msg.result)) {
        msg.result.edgeUpdates = mergeEdgeUpdates(carried, msg.result.edgeUpdates);
        this.carried.delete(cur.key);
      }
      cur.resolve({ status: "done", result: msg.result });
    }
    this.pump();
  }

  // Convenience wrappers ------------------------------------------------------------

  init(r: Omit<RequestOf<"init">, "type">, opts?: RequestOptions) {
    return this.request({ type: "init", ...r }, opts);
  }
  addPlace(place: PlaceInput) {
    return this.request({ type: "addPlace", place });
  }
  /** One drag step: coalesced per place id. */
  movePlace(id: string, to: Position | Geometry) {
    return this.request({ type: "movePlace", id, to });
  }
  removePlace(id: string) {
    return this.request({ type: "removePlace", id });
  }
  gaps() {
    return this.request({ type: "gaps" });
  }

  terminate(): void {
    this.closed = true;
    const all = [...(this.inFlight ? [this.inFlight] : []), ...this.queue];
    this.inFlight = null;
    this.queue = [];
    for (const p of all) p.reject(new Error("coverage client terminated"));
    this.port.terminate();
  }
}

/** Client around an injected port (tests, Node, a shared worker). */
export function createCoverageClientWithPort(port: WorkerLike): CoverageClient {
  return new CoverageClient(port);
}

/** Client around a real module worker, bundled by Vite. */
export function createCoverageClient(): CoverageClient {
  const worker = new Worker(new URL("./coverage.worker.ts", import.meta.url), { type: "module" });
  return new CoverageClient(worker as unknown as WorkerLike);
}
