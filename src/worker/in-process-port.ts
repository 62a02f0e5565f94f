/**
 * A pair of connected in-process ports (like MapLibre's test/unit/lib/web_worker_mock.ts):
 * messages are structured-cloned with their transfer list and delivered on a later task, as
 * between a page and a worker. Lets tests (and Node tools) run the real worker code.
 */
import type { MessagePortLike, WorkerLike } from "./coverage-protocol.ts";

export interface InProcessPair {
  /** give this to the client */
  client: WorkerLike;
  /** attach the worker code to this */
  worker: MessagePortLike;
  /** messages posted so far, per direction (for tests) */
  sent: { toWorker: unknown[]; toClient: unknown[] };
}

export function createInProcessPair(): InProcessPair {
  let terminated = false;
  const sent = { toWorker: [] as unknown[], toClient: [] as unknown[] };
  const deliver = (target: MessagePortLike, log: unknown[], message: unknown, transfer?: Transferable[]) => {
    if (terminated) return;
    const data = structuredClone(message, { transfer: (transfer ?? []) as Transferable[] });
    log.push(data);
    setTimeout(() => { if (!terminated) target.onmessage?.({ data }); }, 0);
  };
  const worker: MessagePortLike = { onmessage: null, postMessage: (m, t) => deliver(client, sent.toClient, m, t) };
  const client: WorkerLike = { onmessage: null, postMessage: (m, t) => deliver(worker, sent.toWorker, m, t), terminate: () => { terminated = true; } };
  return { client, worker, sent };
}
