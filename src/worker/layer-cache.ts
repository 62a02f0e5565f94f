/**
 * The coverage worker's own copies of the datasets, by key. The page sends a dataset's
 * features once (as the bytes the import worker made, or as objects) and afterwards only its
 * key; a copy the page no longer lists is dropped, so the worker holds what the page holds.
 */
import type { FeatureCollection } from "geojson";
import type { SourceLayer } from "../analysis/analysis-plan.ts";
import { decodeFeatures } from "../data/dataset-bytes.ts";
import { MISSING_LAYER, type WireLayer } from "./coverage-protocol.ts";

export class MissingLayerError extends Error {
  readonly key = MISSING_LAYER;
  constructor(layerKey: string) {
    super(`coverage worker: dataset ${layerKey} was never sent`);
  }
}

export class LayerCache {
  private readonly byKey = new Map<string, FeatureCollection>();

  /** The layers with their features, from what came with them or from the copies kept; drops copies no longer listed. */
  resolve(wire: readonly WireLayer[]): SourceLayer[] {
    const layers = wire.map(({ key, encoded, features, ...meta }): SourceLayer => {
      const fc = features ?? (encoded ? decodeFeatures(encoded) : this.byKey.get(key));
      if (!fc) throw new MissingLayerError(key);
      this.byKey.set(key, fc);
      return { ...meta, features: fc };
    });
    const listed = new Set(wire.map((l) => l.key));
    for (const key of [...this.byKey.keys()]) if (!listed.has(key)) this.byKey.delete(key);
    return layers;
  }

  get size(): number {
    return this.byKey.size;
  }
}
