/**
 * Import worker: a thin shell around importFiles (src/data/import), so that parsing a large
 * file never freezes the page. One import at a time per request id; "cancel" aborts it.
 * `attachImportWorker` also runs in-process (tests) on any MessagePortLike.
 */
import { archiveBuffers, tileBigLayers } from "../data/big-layers/index.ts";
import { settleLayers, storedBuffers } from "../data/dataset-bytes.ts";
import { importFiles } from "../data/import/index.ts";
import { installPbfCompat } from "./pbf-compat.ts";
import type { MessagePortLike } from "./coverage-protocol.ts";
import type { ImportRequest, ImportResponse } from "./import-client.ts";

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
    void importFiles(message.files, {
      ...message.options,
      signal: controller.signal,
      onProgress: (fraction) => port.postMessage({ id, progress: fraction } satisfies ImportResponse),
    }).then((parsed) => {
      // Large layers are also packed into vector tiles here, and every layer gets its ids and its
      // bytes for storage and the analysis (src/data/dataset-bytes.ts), off the page's thread.
      const result = parsed.aborted || controller.signal.aborted ? parsed : { ...parsed, layers: settleLayers(tileBigLayers(parsed.layers)) };
      running.delete(id);
      port.postMessage({ id, result } satisfies ImportResponse, [...archiveBuffers(result.layers), ...storedBuffers(result.layers)]);
    });
  };
}

declare const WorkerGlobalScope: { new (): unknown } | undefined;
if (typeof WorkerGlobalScope !== "undefined" && typeof self !== "undefined" && self instanceof WorkerGlobalScope) {
  installPbfCompat();
  attachImportWorker(self as unknown as MessagePortLike);
}
