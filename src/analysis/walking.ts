/** Walking speeds and distance norms, as data. Callers convert minutes to metres here. */

export interface WalkingSpeedPreset {
  id: "default" | "slow";
  /** message key in src/i18n/messages/analysis.ts */
  labelKey: string;
  kmh: number;
}

export const WALKING_SPEEDS: readonly WalkingSpeedPreset[] = [
  { id: "default", labelKey: "analysis.speed.default", kmh: 4.8 },
  { id: "slow", labelKey: "analysis.speed.slow", kmh: 3.6 },
];

export const DEFAULT_WALKING_SPEED_KMH = 4.8;
export const SLOW_WALKING_SPEED_KMH = 3.6;

export interface DistanceNorm {
  id: string;
  labelKey: string;
  /** maximum walk in metres along the network */
  maxWalkM: number;
  /** the norm as stated in minutes, where it is stated that way */
  minutes?: number;
  source: string;
}

/** Flemish norms: basic services within 15 min (1.2 km); green space by level. */
export const DISTANCE_NORMS: readonly DistanceNorm[] = [
  { id: "basic-services", labelKey: "analysis.norm.basicServices", maxWalkM: 1200, minutes: 15, source: "Vlaanderen: basisvoorzieningen binnen 15 minuten wandelen" },
  { id: "woongroen", labelKey: "analysis.norm.woongroen", maxWalkM: 150, source: "Vlaamse groennormen: woongroen" },
  { id: "buurtgroen", labelKey: "analysis.norm.buurtgroen", maxWalkM: 400, source: "Vlaamse groennormen: buurtgroen" },
  { id: "wijkgroen", labelKey: "analysis.norm.wijkgroen", maxWalkM: 800, source: "Vlaamse groennormen: wijkgroen" },
];

export function minutesToMetres(minutes: number, kmh = DEFAULT_WALKING_SPEED_KMH): number {
  return (minutes * kmh * 1000) / 60;
}

export function metresToMinutes(metres: number, kmh = DEFAULT_WALKING_SPEED_KMH): number {
  return (metres * 60) / (kmh * 1000);
}
