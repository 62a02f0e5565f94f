/**
 * Typed client for the import worker. Each call returns the running import and a cancel
 * function; cancelling answers at once with an aborted result (the worker is told to stop,
 * and whatever it still sends for that import is ignored). Every import ends: a worker that
 * dies (out of memory, an uncaught error, a message it cannot send) or takes longer than the
 * time limit answers with a problem naming the files, and the next import gets a fresh worker.
 */
import type { ImportedLayer, ImportMessageKey, ImportOptions, ImportResult } from "../data/import/index.ts";
import type { WorkerLike } from "./coverage-protocol.ts";

export type WorkerImportOptions = Pick<ImportOptions, "assumeCrs" | "populationField" | "maxBytes" | "maxUnpackedBytes">;

/** A real Worker also reports its own death and messages it could not read. */
export type ImportWorkerLike = WorkerLike & {
  onerror?: ((event: unknown) => void) | null;
  onmessageerror?: ((event: unknown) => void) | null;
};

/** Longest an import may take: the largest file we accept (100 MB of .osm.pbf) reads in well under a minute. */
export const DEFAULT_IMPORT_TIMEOUT_MS = 5 * 60 * 1000;

export type ImportRequest =
  | { type: "import"; id: number; files: { name: string; bytes: ArrayBuffer }[]; options: WorkerImportOptions }
  | { type: "cancel"; id: number };

/**
 * The worker sends each layer in a message of its own, then the result (with the layers not
 * sent before; `layersAhead` says how many of those belong to it, 0 after a failure). Taking a
 * city's features off a message costs the page's thread time in proportion to their size; one
 * task per layer keeps each of those pauses short.
 */
export type ImportResponse = { id: number; progress: number } | { id: number; layer: ImportedLayer } | { id: number; result: ImportResult; layersAhead?: number };

export interface RunningImport {
  result: Promise<ImportResult>;
  cancel: () => void;
}

const cancelled = (): ImportResult => ({ layers: [], problems: [{ severity: "error", key: "import.error.aborted", params: { file: "" } }], aborted: true });

const failed = (key: ImportMessageKey, file: string, params: Record<string, string | number> = {}): ImportResult => ({
  layers: [],
  problems: [{ severity: "error", key, params: { file, ...params } }],
});

const detailOf = (event: unknown) => {
  const e = event as { message?: unknown; type?: unknown } | null;
  return String(e?.message ?? e?.type ?? "worker error").slice(0, 200);
};

interface Waiting {
  resolve: (r: ImportResult) => void;
  onProgress?: (f: number) => void;
  files: string;
  timer: ReturnType<typeof setTimeout>;
  /** layers that came ahead of the result */
  layers: ImportedLayer[];
}

export class ImportClient {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  private port: ImportWorkerLike;

  /**
   * `makePort` gives a fresh worker: Cancel ends the busy one (a large .osm.pbf is parsed in
   * one go, so an abort flag alone would only be seen afterwards) and the next import gets a new one.
   */
  constructor(
    private readonly makePort: () => ImportWorkerLike,
    private readonly timeoutMs = DEFAULT_IMPORT_TIMEOUT_MS,
  ) {
    this.port = this.connect();
  }

  private connect(): ImportWorkerLike {
    const port = this.makePort();
    port.onmessage = (event) => {
      const data = event.data as ImportResponse;
      const entry = this.waiting.get(data.id);
      if (!entry) return; // cancelled: late answers are dropped
      if ("progress" in data) entry.onProgress?.(data.progress);
      else if ("layer" in data) entry.layers.push(data.layer);
      else this.finish(data.id, { ...data.result, layers: [...entry.layers.slice(0, data.layersAhead ?? 0), ...data.result.layers] });
    };
    // A dead worker never answers: every import waiting on it ends with a message, and a fresh worker takes over.
    port.onerror = (event) => this.failAll((files) => failed("import.error.workerFailed", files, { detail: detailOf(event) }));
    port.onmessageerror = (event) => this.failAll((files) => failed("import.error.workerFailed", files, { detail: detailOf(event) }));
    return port;
  }

  private finish(id: number, result: ImportResult): void {
    const entry = this.waiting.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.waiting.delete(id);
    entry.resolve(result);
  }

  private replaceWorker(): void {
    this.port.onmessage = null;
    this.port.onerror = null;
    this.port.onmessageerror = null;
    this.port.terminate();
    this.port = this.connect();
  }

  private failAll(result: (files: string) => ImportResult): void {
    for (const [id, entry] of [...this.waiting]) this.finish(id, result(entry.files));
    this.replaceWorker();
  }

  /** Starts an import. The files' buffers are copied once here and then transferred, so the caller keeps its own. */
  run(files: { name: string; bytes: Uint8Array }[], options: WorkerImportOptions = {}, onProgress?: (fraction: number) => void): RunningImport {
    const id = this.nextId++;
    const payload = files.map((f) => ({ name: f.name, bytes: f.bytes.slice().buffer }));
    const names = files.map((f) => f.name).join(", ").slice(0, 300);
    const result = new Promise<ImportResult>((resolve) => {
      // Past the time limit the worker is ended: whatever it is stuck in cannot hold the page's import for good.
      const timer = setTimeout(() => {
        this.finish(id, failed("import.error.timeout", names, { minutes: Math.round((this.timeoutMs / 60000) * 10) / 10 }));
        if (this.waiting.size === 0) this.replaceWorker();
      }, this.timeoutMs);
      this.waiting.set(id, { resolve, onProgress, files: names, timer, layers: [] });
    });
    try {
      this.port.postMessage({ type: "import", id, files: payload, options } satisfies ImportRequest, payload.map((f) => f.bytes));
    } catch (error) {
      this.finish(id, failed("import.error.workerFailed", names, { detail: detailOf(error) }));
    }
    const cancel = () => {
      if (!this.waiting.has(id)) return;
      this.port.postMessage({ type: "cancel", id } satisfies ImportRequest);
      this.finish(id, cancelled());
      // Only one import runs at a time, so nothing else is lost by replacing the worker.
      if (this.waiting.size === 0) this.replaceWorker();
    };
    return { result, cancel };
  }

  terminate(): void {
    this.port.terminate();
    for (const id of [...this.waiting.keys()]) this.finish(id, cancelled());
  }
}

/** Client around a real module worker, bundled by Vite. */
export function createImportClient(): ImportClient {
  return new ImportClient(() => new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" }) as unknown as ImportWorkerLike);
}
