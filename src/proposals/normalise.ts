/** One canonical form for every proposal that enters the state, a file or a link. */
import { LIMITS, WEEKDAYS, type PointGeometry, type Proposal } from "./model";
import { capText, cleanText } from "./text";

/** 7 decimals is about 1 cm: plenty for a place, and keeps files and links short. */
const COORDINATE_FACTOR = 1e7;

function roundCoordinate(value: number): number {
  // "+ 0" turns -0 into 0: JSON (files, links) cannot carry -0, so the canonical form has none.
  return Number.isFinite(value) ? Math.round(value * COORDINATE_FACTOR) / COORDINATE_FACTOR + 0 : value;
}

export function normalisePoint(point: PointGeometry): PointGeometry {
  return { type: "Point", coordinates: [roundCoordinate(point.coordinates[0]), roundCoordinate(point.coordinates[1])] };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * Cleans text, rounds the location and removes repeated keys. With `cap`, text is also cut to
 * its limit (commands do this so the state never holds over-long text); without it,
 * validation reports over-long text instead (imports and links are refused, not cut).
 */
export function normaliseProposal(p: Proposal, cap: boolean): Proposal {
  const text = (value: string, max: number, multiline = false): string => {
    const clean = cleanText(value, multiline);
    return cap ? capText(clean, max) : clean;
  };
  const contact = p.contact === undefined ? "" : text(p.contact, LIMITS.contact);
  return {
    schemaVersion: p.schemaVersion,
    id: p.id,
    location: normalisePoint(p.location),
    ...(p.linkedFeature && {
      linkedFeature: {
        layer: text(p.linkedFeature.layer, LIMITS.linkedLayer),
        featureId: text(p.linkedFeature.featureId, LIMITS.linkedFeatureId),
      },
    }),
    name: text(p.name, LIMITS.name),
    practices: unique(p.practices),
    customPractice: text(p.customPractice, LIMITS.customPractice),
    description: text(p.description, LIMITS.description, true),
    audiences: unique(p.audiences),
    days: WEEKDAYS.filter((day) => p.days.includes(day)).concat(p.days.filter((day) => !WEEKDAYS.includes(day))),
    timeText: text(p.timeText, LIMITS.timeText),
    needs: unique(p.needs),
    ...(contact !== "" && { contact }),
    status: p.status,
    support: p.support,
    created: p.created,
    updated: p.updated,
  };
}
