/**
 * The steps of loading data, outside React so that they can be tested: read the files in the
 * worker, ask for a coordinate system when the library is unsure, let the planner confirm the
 * layer of each non-OSM layer, then add datasets to the store. Nothing in the store changes
 * until a layer is confirmed, so a failed or cancelled import leaves everything as it was.
 */
import type { CrsChoice, ImportedLayer, ImportResult } from "../../data/import/index";
import { fetchOverpassArea, type ViewBounds } from "../../data/overpass";
import { boundsOf } from "../../geo/bounds";
import type { DatasetKind } from "../../state/slices/datasets";
import type { AppStore } from "../../state/store";
import type { ImportClient, WorkerImportOptions } from "../../worker/import-client";
import { filesOfSource, isOsmLayer, toDataset } from "./to-datasets";

export interface FlowMessage {
  severity: "error" | "warning" | "info";
  key: string;
  params: Record<string, string | number>;
}

export interface FlowState {
  busy: null | { kind: "files" | "osm"; progress: number };
  messages: FlowMessage[];
  /** Files waiting for a coordinate system (the first is asked). */
  crsQueue: CrsChoice[];
  /** Layers waiting for the planner to confirm their kind (the first is asked). */
  reviewQueue: ImportedLayer[];
}

type InputFile = { name: string; bytes: Uint8Array };

export class ImportFlow {
  private state: FlowState = { busy: null, messages: [], crsQueue: [], reviewQueue: [] };
  private readonly listeners = new Set<() => void>();
  private files: InputFile[] = [];
  /** Where the files come from: opened files are framed once added, an OSM area is already in view. */
  private source: "files" | "osm" = "files";
  private cancelCurrent: (() => void) | null = null;

  constructor(
    private readonly store: AppStore,
    private readonly client: ImportClient,
  ) {}

  getState = (): FlowState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<FlowState>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private say(messages: FlowMessage[]) {
    this.set({ messages: [...this.state.messages, ...messages] });
  }

  clearMessages = () => this.set({ messages: [] });

  cancel = () => this.cancelCurrent?.();

  /** Reads files the planner opened or dropped. */
  openFiles = async (files: InputFile[]): Promise<void> => {
    if (files.length === 0 || this.state.busy) return;
    this.files = files;
    this.source = "files";
    this.set({ messages: [] });
    await this.runImport(files, {}, "files");
  };

  private async runImport(files: InputFile[], options: WorkerImportOptions, kind: "files" | "osm"): Promise<void> {
    this.set({ busy: { kind, progress: 0 } });
    const running = this.client.run(files, options, (progress) => this.set({ busy: { kind, progress } }));
    this.cancelCurrent = running.cancel;
    const result = await running.result;
    this.cancelCurrent = null;
    this.set({ busy: null });
    this.take(result);
  }

  /** Sorts a result: problems are shown, OSM layers added at once, other layers and CRS questions queued. */
  private take(result: ImportResult) {
    if (result.aborted) {
      this.say([{ severity: "info", key: "importUi.stopped", params: {} }]);
      return;
    }
    // The CRS question itself is asked in a dialog; its info line would only repeat it.
    this.say(result.problems.filter((p) => p.key !== "import.info.crsChoiceNeeded"));
    const review: ImportedLayer[] = [];
    const osm = result.layers.filter(isOsmLayer);
    for (const layer of result.layers) {
      if (osm.includes(layer)) this.add(layer, layer.kind);
      else review.push(layer);
    }
    if (osm.length > 0) this.frame(osm);
    this.set({ crsQueue: [...this.state.crsQueue, ...(result.needsCrsChoice ?? [])], reviewQueue: [...this.state.reviewQueue, ...review] });
  }

  private add(layer: ImportedLayer, kind: DatasetKind) {
    const dataset = toDataset(layer, kind);
    this.store.getState().addDatasets([dataset]);
    this.say([{ severity: "info", key: "importUi.added", params: { count: dataset.features.features.length, file: layer.sourceFile, kind } }]);
  }

  /** Shows what was just added, wherever it lies (a file of another city would otherwise stay off screen). */
  private frame(layers: ImportedLayer[]) {
    if (this.source !== "files") return;
    const bounds = boundsOf({ type: "FeatureCollection", features: layers.flatMap((l) => l.features.features) });
    if (bounds) this.store.getState().requestFit(bounds);
  }

  /** The planner's answer for the first file in the CRS queue (null: skip the file). */
  chooseCrs = async (crs: string | null): Promise<void> => {
    const [choice, ...rest] = this.state.crsQueue;
    if (!choice) return;
    this.set({ crsQueue: rest });
    if (crs) await this.runImport(filesOfSource(this.files, choice.file), { assumeCrs: { [choice.file]: crs } }, "files");
  };

  /**
   * The planner's answer for the first layer in the review queue (null: not added). Residents
   * from a layer the library did not read as residents are read again with the chosen field.
   */
  confirmKind = async (kind: DatasetKind | null, populationField?: string): Promise<void> => {
    const [layer, ...rest] = this.state.reviewQueue;
    if (!layer) return;
    this.set({ reviewQueue: rest });
    if (!kind) return;
    // Another population field than the one detected (or residents from a layer read as something else): read again with it.
    if (kind === "residents" && populationField && populationField !== layer.populationField) {
      const options: WorkerImportOptions = { populationField: { [layer.sourceFile]: populationField }, assumeCrs: { [layer.sourceFile]: layer.crs } };
      await this.runImport(filesOfSource(this.files, layer.sourceFile), options, "files");
      return;
    }
    this.add(layer, kind);
    this.frame([layer]);
  };

  /** "Load this area from OpenStreetMap": the view through the Overpass API, then the same import. */
  loadOsmArea = async (bounds: ViewBounds, endpoint: string): Promise<void> => {
    if (this.state.busy) return;
    this.set({ messages: [], busy: { kind: "osm", progress: 0 } });
    const controller = new AbortController();
    this.cancelCurrent = () => controller.abort();
    const online = typeof navigator === "undefined" ? true : navigator.onLine;
    const outcome = await fetchOverpassArea(bounds, { endpoint, signal: controller.signal, online });
    this.cancelCurrent = null;
    this.set({ busy: null });
    if (outcome.ok) {
      this.files = [{ name: outcome.name, bytes: outcome.bytes }];
      this.source = "osm";
      await this.runImport(this.files, {}, "osm");
      return;
    }
    const params: Record<string, string | number> =
      outcome.reason === "tooLarge" ? { area: outcome.areaKm2, max: outcome.maxKm2 } : outcome.reason === "server" ? { status: outcome.status } : {};
    const key = outcome.reason === "aborted" ? "importUi.stopped" : `importUi.osm.${outcome.reason}`;
    this.say([{ severity: outcome.reason === "aborted" ? "info" : "error", key, params }]);
  };
}
