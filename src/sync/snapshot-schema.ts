/**
 * The mirror channel's schema: a message from the channel is checked member by member and
 * rebuilt from what was checked, so nothing else (an extra member, a wrong type, a proposal that
 * does not validate) ever reaches the projector's store. Anything that fails is ignored whole:
 * the next valid snapshot puts the projector right again.
 */
import { PLACE_LAYER_IDS } from "../analysis/analysis-plan";
import { LANGUAGES } from "../i18n";
import { LAYER_IDS } from "../layers/definitions";
import { idRecord, isValidId, parseProposal, type Proposal } from "../proposals";
import { isRecord, type RawRecord } from "../proposals/json-values";
import { ROOM_SIZES, WORKSHOP_STEPS } from "../state/slice-types/workshop";
import type { LngLat } from "../state/slices/proposals";
import { SNAPSHOT_VERSION, type MirrorSnapshot } from "./snapshot";

/** More than any workshop holds; a larger snapshot is not one the facilitator sent. */
const MAX_PROPOSALS = 10_000;
const MAX_TEXT = 200;

class Invalid extends Error {}

function check<T>(ok: boolean, value: T): T {
  if (!ok) throw new Invalid();
  return value;
}

const oneOf = <T extends string>(options: readonly T[], value: unknown): T => check(options.includes(value as T), value as T);
const bool = (value: unknown): boolean => check(typeof value === "boolean", value as boolean);
const finite = (value: unknown, min: number, max: number): number =>
  check(typeof value === "number" && Number.isFinite(value) && value >= min && value <= max, value as number);
const text = (value: unknown): string => check(typeof value === "string" && value.length <= MAX_TEXT, value as string);
const record = (value: unknown): RawRecord => check(isRecord(value), value as RawRecord);
const nullable = <T>(value: unknown, read: (v: unknown) => T): T | null => (value === null ? null : read(value));

function lngLat(value: unknown): LngLat {
  const pair = check(Array.isArray(value) && value.length === 2, value as unknown[]);
  return [finite(pair[0], -180, 180), finite(pair[1], -90, 90)];
}

function flags<K extends string>(keys: readonly K[], value: unknown): Record<K, boolean> {
  const r = record(value);
  return Object.fromEntries(keys.map((k) => [k, bool(r[k])])) as Record<K, boolean>;
}

function proposals(value: unknown): Record<string, Proposal> {
  const entries = Object.entries(record(value));
  check(entries.length <= MAX_PROPOSALS, null);
  return idRecord(
    entries.map(([id, raw]) => {
      const parsed = parseProposal(raw);
      if (!parsed.ok || parsed.proposal.id !== id) throw new Invalid();
      return [id, parsed.proposal] as const;
    }),
  );
}

function read(value: unknown): MirrorSnapshot {
  const s = record(value);
  check(s.v === SNAPSHOT_VERSION, null);
  const view = record(s.view);
  const settings = record(s.coverageSettings);
  const selected = nullable(s.selected, (v) => {
    const r = record(v);
    return { layer: oneOf(LAYER_IDS, r.layer), id: text(r.id) };
  });
  const drag = nullable(s.proposalDrag, (v) => {
    const r = record(v);
    return { id: check(isValidId(r.id), r.id as string), location: lngLat(r.location) };
  });
  return {
    v: SNAPSHOT_VERSION,
    view: { center: lngLat(view.center), zoom: finite(view.zoom, 0, 24) },
    visible: flags(LAYER_IDS, s.visible),
    showCoverage: bool(s.showCoverage),
    coverageSettings: {
      limitM: finite(settings.limitM, 1, 100_000),
      normId: text(settings.normId),
      speedKmh: finite(settings.speedKmh, 0.1, 50),
      limitUnit: oneOf(["m", "min"] as const, settings.limitUnit),
      placeLayers: flags(PLACE_LAYER_IDS, settings.placeLayers),
    },
    workshopStep: nullable(s.workshopStep, (v) => oneOf(WORKSHOP_STEPS, v)),
    compareView: oneOf(["baseline", "scenario"] as const, s.compareView),
    roomSize: oneOf(ROOM_SIZES, s.roomSize),
    selected,
    selectedGap: nullable(s.selectedGap, text),
    selectedProposal: nullable(s.selectedProposal, (v) => check(isValidId(v), v as string)),
    tryPlaceAt: nullable(s.tryPlaceAt, lngLat),
    proposals: proposals(s.proposals),
    proposalDrag: drag,
    language: oneOf(LANGUAGES, s.language),
  };
}

/** The snapshot a channel message carries, checked and rebuilt; null for anything else. */
export function parseSnapshot(value: unknown): MirrorSnapshot | null {
  try {
    return read(value);
  } catch {
    // Not only Invalid: a hostile value may also be too deep or too odd to read at all.
    return null;
  }
}
