/**
 * How the report and the CLI word the settings of an analysis: one list of message keys with
 * their parameters, translated by the app (i18next) and by the CLI (the English catalogue), so
 * both say the same things the same way.
 */
import type { CoverageMode } from "./engine.ts";
import type { PlaceLayerId } from "./analysis-plan.ts";
import { metresToMinutes } from "./walking.ts";

export interface WordedSetting {
  key: string;
  params: Record<string, string | number>;
  /** message keys to translate and pass in as that parameter (layer names) */
  listParams?: Record<string, string[]>;
}

export interface AnalysisSettings {
  sources: readonly { name: string; attribution?: string }[];
  limitM: number;
  speedKmh: number;
  placeLayers: readonly PlaceLayerId[];
  mode?: CoverageMode;
}

export const sourceLabel = (s: { name: string; attribution?: string }) => (s.attribution ? `${s.name} (${s.attribution})` : s.name);

export function settingsWording(s: AnalysisSettings): WordedSetting[] {
  return [
    ...[...new Set(s.sources.map(sourceLabel))].map((source) => ({ key: "workshop.report.source", params: { source } })),
    { key: "workshop.report.limit", params: { metres: s.limitM, minutes: Math.round(metresToMinutes(s.limitM, s.speedKmh) * 10) / 10 } },
    { key: "workshop.report.speed", params: { kmh: s.speedKmh } },
    { key: "workshop.report.places", params: {}, listParams: { layers: s.placeLayers.map((l) => `layer.${l}`) } },
    ...(s.mode ? [{ key: `workshop.report.mode.${s.mode}`, params: {} }] : []),
  ];
}

/** One worded setting in a language: `t` translates a key with parameters. */
export function wordSetting(w: WordedSetting, t: (key: string, params?: Record<string, string | number>) => string): string {
  const lists = Object.fromEntries(Object.entries(w.listParams ?? {}).map(([k, keys]) => [k, keys.map((key) => t(key)).join(", ")]));
  return t(w.key, { ...w.params, ...lists });
}
