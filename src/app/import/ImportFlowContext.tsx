import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from "react";
import { useAppStoreApi } from "../../state/react";
import { createImportClient } from "../../worker/import-client";
import { ImportFlow, type FlowState } from "./import-flow";

const FlowContext = createContext<ImportFlow | null>(null);

/** One import flow (and one import worker) per mounted app. */
export function ImportFlowProvider({ children }: { children: ReactNode }) {
  const store = useAppStoreApi();
  const [flow] = useState(() => new ImportFlow(store, createImportClient()));
  return <FlowContext.Provider value={flow}>{children}</FlowContext.Provider>;
}

export function useImportFlow(): ImportFlow {
  const flow = useContext(FlowContext);
  if (!flow) throw new Error("useImportFlow outside <ImportFlowProvider>");
  return flow;
}

export function useFlowState<T>(select: (s: FlowState) => T): T {
  const flow = useImportFlow();
  return useSyncExternalStore(flow.subscribe, () => select(flow.getState()));
}

/** Reads browser File objects into the bytes the import library takes. */
export async function readFiles(list: FileList | File[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}
