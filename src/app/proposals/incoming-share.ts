/** Reads a share link (#voorstellen=...) when the app opens: offered for review, never added unasked. */
import { readShareLink } from "../../proposals";
import type { AppStore } from "../../state/store";

export function offerSharedProposals(store: AppStore, hash: string): void {
  const read = readShareLink(hash);
  if (!read) return;
  const state = store.getState();
  if (!read.ok) {
    const [first] = read.issues;
    state.setProposalNotice({ key: "proposalsUi.linkError", reason: { key: first.key, params: first.params }, tone: "error" });
    return;
  }
  state.setIncomingShare(read.proposals);
  const lons = read.proposals.map((p) => p.location.coordinates[0]);
  const lats = read.proposals.map((p) => p.location.coordinates[1]);
  state.requestFit([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
}
