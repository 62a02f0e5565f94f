/**
 * Import worker: a thin shell around importFiles (src/data/import), so that parsing a large
 * file never freezes the page. One import at a time per request id; "cancel" aborts it.
 * `attachImportWorker` also runs in-process (tests) on any MessagePortLike.
 */
import { archiveBuffers, tileBigLayers } from "../data/big-layers/index.ts";
import { settleLayers, storedBuffers } from "../data/dataset-bytes.ts";
import { importFiles, type ImportResult } from "../data/import/index.ts";
import type { MessagePortLike } from "./coverage-protocol.ts";
import type { ImportRequest, ImportResponse } from "./import-client.ts";

const internal = (file: string, error: unknown): ImportResult => ({
  layers: [],
  problems: [{ severity: "error", key: "import.error.internal", params: { file, detail: (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200) } }],
});

/**
 * Sends each layer in a message of its own (its bytes and tiles transferred), then the rest of
 * the result. A result that cannot be sent (a DataCloneError, a stack overflow while cloning)
 * is answered with a problem instead, so the page never waits for an answer that will not come;
 * the page then drops the layers that came ahead of it.
 */
function answer(port: MessagePortLike, id: number, result: ImportResult, files: string): void {
  try {
    for (const layer of result.layers) port.postMessage({ id, layer } satisfies ImportResponse, [...archiveBuffers([layer]), ...storedBuffers([layer])]);
    port.postMessage({ id, result: { ...result, layers: [] }, layersAhead: result.layers.length } satisfies ImportResponse);
  } catch (error) {
    port.postMessage({ id, result: internal(files, error) } satisfies ImportResponse);
  }
}

export function attachImportWorker(port: MessagePortLike): void {
  const running = new Map<number, AbortController>();
  port.onmessage = (event) => {
    const message = event.data as ImportRequest;
    if (message.type === "cancel") {
      running.get(message.id)?.abort();
      return;
    }
    const controller = new AbortController();
    running.set(message.id, controller);
    const { id } = message;
    const files = message.files.map((f) => f.name).join(", ").slice(0, 300);
    void importFiles(message.files, {
      ...message.options,
      signal: controller.signal,
      onProgress: (fraction) => port.postMessage({ id, progress: fraction } satisfies ImportResponse),
    })
      .then((parsed) => {
        // Large layers are also packed into vector tiles here, and every layer gets its ids and its
        // bytes for storage and the analysis (src/data/dataset-bytes.ts), off the page's thread.
        const result = parsed.aborted || controller.signal.aborted ? parsed : { ...parsed, layers: settleLayers(tileBigLayers(parsed.layers)) };
        answer(port, id, result, files);
      })
      .catch((error: unknown) => answer(port, id, internal(files, error), files))
      .finally(() => running.delete(id));
  };
}

declare const WorkerGlobalScope: { new (): unknown } | undefined;
if (typeof WorkerGlobalScope !== "undefined" && typeof self !== "undefined" && self instanceof WorkerGlobalScope) {
  attachImportWorker(self as unknown as MessagePortLike);
}
