import { useAppStoreApi } from "../../state/react";
import { IncomingShare } from "./IncomingShare";
import { ProposalForm } from "./ProposalForm";
import { ProposeModeBar } from "./ProposeModeBar";
import { useUndoShortcuts } from "./use-undo-shortcuts";

/** What floats over the map for proposals: the propose bar, the form and a shared link's offer. */
export function ProposalsOverlays() {
  useUndoShortcuts(useAppStoreApi());
  return (
    <>
      <ProposeModeBar />
      <IncomingShare />
      <ProposalForm />
    </>
  );
}
