import { DISTANCE_NORMS, metresToMinutes, minutesToMetres } from "../analysis/walking";
import type { CoverageSettings } from "../state/types";

/** Whether the limit is a walking time: a norm stated in minutes, or a limit typed in minutes. */
export function limitIsTime(settings: Pick<CoverageSettings, "normId" | "limitUnit">): boolean {
  const norm = DISTANCE_NORMS.find((n) => n.id === settings.normId);
  return norm ? norm.minutes !== undefined : settings.limitUnit === "min";
}

/** Choosing a norm: its walking time at the current speed, or its distance. */
export function settingsForNorm(normId: string, speedKmh: number): Partial<CoverageSettings> {
  const norm = DISTANCE_NORMS.find((n) => n.id === normId);
  if (!norm) return { normId: "custom" };
  const limitM = norm.minutes !== undefined ? Math.round(minutesToMetres(norm.minutes, speedKmh)) : norm.maxWalkM;
  return { normId: norm.id, limitM, limitUnit: norm.minutes !== undefined ? "min" : "m" };
}

/**
 * A slower walking speed shortens a walking *time* in metres (15 minutes at 3.6 km/h is 900 m,
 * not 1.2 km) but leaves a walking *distance* as it is (woongroen stays 150 m).
 */
export function settingsForSpeed(settings: CoverageSettings, speedKmh: number): Partial<CoverageSettings> {
  if (!limitIsTime(settings)) return { speedKmh };
  const minutes = metresToMinutes(settings.limitM, settings.speedKmh);
  return { speedKmh, limitM: Math.round(minutesToMetres(minutes, speedKmh)) };
}

/** The limit as the planner types it, in the unit they chose. */
export function limitInUnit(settings: CoverageSettings): number {
  return settings.limitUnit === "min" ? Math.round(metresToMinutes(settings.limitM, settings.speedKmh) * 10) / 10 : settings.limitM;
}

/** A typed limit back to metres; null when it is out of range (the last good limit stays). */
export function limitFromInput(value: number, settings: CoverageSettings): number | null {
  const metres = settings.limitUnit === "min" ? minutesToMetres(value, settings.speedKmh) : value;
  return Number.isFinite(metres) && metres >= MIN_LIMIT_M && metres <= MAX_LIMIT_M ? Math.round(metres) : null;
}

export const MIN_LIMIT_M = 50;
export const MAX_LIMIT_M = 5000;
