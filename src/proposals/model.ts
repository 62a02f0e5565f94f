/**
 * The stored model of a resident's proposal for a new "oefenplaats" (practice place).
 * Derived numbers (coverage gain and the like) are computed by the engine and never stored.
 */
import type { AudienceKey, NeedKey, PracticeKey } from "./practice-catalogue";

/** Version of the stored record format; bump it together with a migration in migrations.ts. */
export const SCHEMA_VERSION = 2;

export const STATUSES = ["idea", "discussed", "trial", "realised"] as const;
export type ProposalStatus = (typeof STATUSES)[number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Text limits in Unicode code points (what a resident counts), not UTF-16 units. */
export const LIMITS = {
  name: 80,
  description: 1000,
  customPractice: 200,
  timeText: 200,
  contact: 200,
  id: 64,
  linkedLayer: 40,
  linkedFeatureId: 200,
  /** Most support dots one proposal can hold; keeps counts sane in links and files. */
  support: 1_000_000,
} as const;

/** A GeoJSON Point in WGS84: [longitude, latitude]. */
export interface PointGeometry {
  type: "Point";
  coordinates: [number, number];
}

/** An existing mapped place the proposal reuses (a vacant building, a square, a park...). */
export interface LinkedFeature {
  /** Layer id such as "vacant", "squares" or "green". */
  layer: string;
  featureId: string;
}

export interface Proposal {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  location: PointGeometry;
  linkedFeature?: LinkedFeature;
  name: string;
  /** Catalogue practices, in the order the resident picked them. */
  practices: PracticeKey[];
  /** Free text when no catalogue practice fits ("" when unused). */
  customPractice: string;
  description: string;
  audiences: AudienceKey[];
  days: Weekday[];
  /** Free time text, e.g. "woensdagnamiddag" or "na school". */
  timeText: string;
  needs: NeedKey[];
  contact?: string;
  status: ProposalStatus;
  /** Workshop dot-voting tally: a non-negative integer. */
  support: number;
  /** ISO 8601 timestamps. */
  created: string;
  updated: string;
}

/** Proposals by id: the serialisable state the commands work on. */
export type ProposalMap = Readonly<Record<string, Proposal>>;

/** The fields a resident edits; everything else is managed by the commands. */
export type EditableFields = Pick<
  Proposal,
  "name" | "practices" | "customPractice" | "description" | "audiences" | "days" | "timeText" | "needs" | "contact" | "status" | "linkedFeature"
>;

export function isStatus(value: unknown): value is ProposalStatus {
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}

export function isWeekday(value: unknown): value is Weekday {
  return typeof value === "string" && (WEEKDAYS as readonly string[]).includes(value);
}
