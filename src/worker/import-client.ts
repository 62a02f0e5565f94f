/**
 * Typed client for the import worker. Each call returns the running import and a cancel
 * function; cancelling answers at once with an aborted result (the worker is told to stop,
 * and whatever it still sends for that import is ignored).
 */
import type { ImportOptions, ImportResult } from "../data/import/index.ts";
import type { WorkerLike } from "./coverage-protocol.ts";

export type WorkerImportOptions = Pick<ImportOptions, "assumeCrs" | "populationField" | "maxBytes">;

export type ImportRequest =
  | { type: "import"; id: number; files: { name: string; bytes: ArrayBuffer }[]; options: WorkerImportOptions }
  | { type: "cancel"; id: number };

export type ImportResponse = { id: number; progress: number } | { id: number; result: ImportResult };

export interface RunningImport {
  result: Promise<ImportResult>;
  cancel: () => void;
}

const cancelled = (): ImportResult => ({ layers: [], problems: [{ severity: "error", key: "import.error.aborted", params: { file: "" } }], aborted: true });

export class ImportClient {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: ImportResult) => void; onProgress?: (f: number) => void }>();

  private port: WorkerLike;

  /**
   * `makePort` gives a fresh worker: Cancel ends the busy one (a large .osm.pbf is parsed in
   * one go, so an abort flag alone would only be seen afterwards) and the next import gets a new one.
   */
  constructor(private readonly makePort: () => WorkerLike) {
    this.port = this.connect();
  }

  private connect(): WorkerLike {
    const port = this.makePort();
    port.onmessage = (event) => {
      const data = event.data as ImportResponse;
      const entry = this.waiting.get(data.id);
      if (!entry) return; // cancelled: late answers are dropped
      if ("progress" in data) entry.onProgress?.(data.progress);
      else {
        this.waiting.delete(data.id);
        entry.resolve(data.result);
      }
    };
    return port;
  }

  /** Starts an import. The files' buffers are copied once here and then transferred, so the caller keeps its own. */
  run(files: { name: string; bytes: Uint8Array }[], options: WorkerImportOptions = {}, onProgress?: (fraction: number) => void): RunningImport {
    const id = this.nextId++;
    const payload = files.map((f) => ({ name: f.name, bytes: f.bytes.slice().buffer }));
    const result = new Promise<ImportResult>((resolve) => {
      this.waiting.set(id, { resolve, onProgress });
    });
    this.port.postMessage({ type: "import", id, files: payload, options } satisfies ImportRequest, payload.map((f) => f.bytes));
    const cancel = () => {
      const entry = this.waiting.get(id);
      if (!entry) return;
      this.waiting.delete(id);
      this.port.postMessage({ type: "cancel", id } satisfies ImportRequest);
      entry.resolve(cancelled());
      // Only one import runs at a time, so nothing else is lost by replacing the worker.
      if (this.waiting.size === 0) {
        this.port.terminate();
        this.port = this.connect();
      }
    };
    return { result, cancel };
  }

  terminate(): void {
    this.port.terminate();
    for (const entry of this.waiting.values()) entry.resolve(cancelled());
    this.waiting.clear();
  }
}

/** Client around a real module worker, bundled by Vite. */
export function createImportClient(): ImportClient {
  return new ImportClient(() => new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" }) as unknown as WorkerLike);
}
