/**
 * Mirrors the facilitator's window onto the projector window over a BroadcastChannel (same
 * browser, same origin, no server). The facilitator is the source of truth: it broadcasts a
 * snapshot whenever mirrored state changes, at most once per animation frame, and answers a
 * projector's "hello" at once. The projector only listens and applies.
 */
import type { AppStore } from "../state/store";
import type { ScreenRole } from "../state/slices/workshop";
import { isRecord } from "../proposals/json-values";
import { encodeSnapshot, mirrorPatch, type MirrorSnapshot } from "./snapshot";
import { parseSnapshot } from "./snapshot-schema";

export const MIRROR_CHANNEL = "ontmoetingskaart-mirror";

type Message = { type: "hello" } | { type: "snapshot"; snapshot: MirrorSnapshot };

/** Applies a snapshot to the projector's store: one set for the plain fields, proposals through their action. */
export function applySnapshot(store: AppStore, snapshot: MirrorSnapshot): void {
  const { patch, proposals } = mirrorPatch(store.getState(), snapshot);
  if (Object.keys(patch).length > 0) store.setState(patch);
  if (proposals) store.getState().replaceProposals(proposals);
}

/** Calls `send` once on the next animation frame, however often it is asked before then. */
function frameThrottle(send: () => void): () => void {
  let pending = false;
  const flush = () => {
    if (!pending) return;
    pending = false;
    send();
  };
  return () => {
    if (pending) return;
    pending = true;
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(flush);
    // A window in the background gets no frames; the timer keeps the projector in step then.
    setTimeout(flush, 100);
  };
}

export function startMirror(store: AppStore, role: ScreenRole, channelName = MIRROR_CHANNEL): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  const channel = new BroadcastChannel(channelName);
  const post = (message: Message) => {
    try {
      channel.postMessage(message);
    } catch {
      // A value that cannot be cloned must not stop the next snapshot; the next change sends again.
    }
  };

  if (role === "projector") {
    // Every message is checked against the schema; anything else is ignored, and the next valid one applies.
    channel.onmessage = (e: MessageEvent<unknown>) => {
      const snapshot = isRecord(e.data) && e.data.type === "snapshot" ? parseSnapshot(e.data.snapshot) : null;
      if (snapshot) applySnapshot(store, snapshot);
    };
    post({ type: "hello" });
    return () => channel.close();
  }

  const broadcast = () => post({ type: "snapshot", snapshot: encodeSnapshot(store.getState()) });
  const schedule = frameThrottle(broadcast);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    if (isRecord(e.data) && e.data.type === "hello") broadcast();
  };
  let last = encodeSnapshot(store.getState());
  const unsubscribe = store.subscribe((next) => {
    const snap = encodeSnapshot(next);
    // Encoding only picks references, so an unchanged snapshot is cheap to detect.
    if ((Object.keys(snap) as (keyof MirrorSnapshot)[]).some((k) => snap[k] !== last[k])) {
      last = snap;
      schedule();
    }
  });
  return () => {
    unsubscribe();
    channel.close();
  };
}
