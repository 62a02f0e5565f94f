/**
 * Downloads for planners: the gaps and the proposals as CSV (semicolon-separated, as Dutch
 * spreadsheets expect) and as GeoJSON. Pure: text in, text out; the UI only saves it.
 * Only what the report shows goes out: gaps where people live, proposals without contact details.
 *
 * CSV is read by people in a spreadsheet, so it speaks the reader's language (a CsvWording the
 * UI builds); GeoJSON is read by GIS tools and scripts, so its keys and values stay English ids.
 */
import type { FeatureCollection } from "geojson";
import type { PracticeKey, Proposal, ProposalStatus } from "../proposals";
import { byId } from "../proposals/id-records";
import { STATUSES } from "../proposals/model";
import { PRACTICES } from "../proposals/practice-catalogue";
import type { GapSummary } from "../state/types";
import type { AreaSummary } from "../analysis/run";

/** Gap areas smaller than half a resident are slivers; the gap list leaves them out too. */
export const MIN_GAP_RESIDENTS = 0.5;

/** Column ids (stable; the headers come from the wording: i18n keys exports.<file>.<column>). */
export const GAP_COLUMNS = ["rank", "residents", "area_m2", "west", "south", "east", "north", "sources"] as const;
export const AREA_COLUMNS = ["code", "name", "residents", "within_reach", "share_percent", "in_gaps", "no_street_data", "sources"] as const;

/** The datasets the figures come from, with their licences (© OpenStreetMap contributors for OSM data). */
export type ExportSources = readonly { name: string; attribution?: string }[];
export const sourcesText = (sources: ExportSources) =>
  [...new Set(sources.map((s) => (s.attribution ? `${s.name} (${s.attribution})` : s.name)))].join(", ");
export const PROPOSAL_COLUMNS = ["id", "name", "status", "support", "gain", "practices", "longitude", "latitude", "updated"] as const;

const COLUMNS = { gaps: GAP_COLUMNS, areas: AREA_COLUMNS, proposals: PROPOSAL_COLUMNS } as const;
export type CsvFile = keyof typeof COLUMNS;

/** What a CSV says in the reader's language: headers, the names of steps and activities, numbers. */
export interface CsvWording {
  headers: { [F in CsvFile]: Record<(typeof COLUMNS)[F][number], string> };
  status: Record<ProposalStatus, string>;
  practices: Record<PracticeKey, string>;
  number: (n: number) => string;
}

/**
 * Numbers as a spreadsheet in that language reads them: its decimal sign, but always Latin
 * digits and no thousands sign (a spreadsheet reads Arabic digits as text, and "12.270" as 12.27).
 */
export function csvNumber(language: string): (n: number) => string {
  const format = new Intl.NumberFormat(language, { numberingSystem: "latn", useGrouping: false, maximumFractionDigits: 6 });
  // Arabic puts a direction mark before the minus, and some ICU versions write U+2212: no spreadsheet reads either.
  return (n) => format.format(n === 0 ? 0 : n).replace(/[\u200e\u200f\u061c]/g, "").replace(/\u2212/g, "-");
}

/** The wording from the app's texts (`text` is i18next's t in the chosen language). */
export function csvWording(language: string, text: (key: string) => string): CsvWording {
  const columns = <F extends CsvFile>(file: F) =>
    Object.fromEntries(COLUMNS[file].map((c) => [c, text(`exports.${file}.${c}`)])) as CsvWording["headers"][F];
  return {
    headers: { gaps: columns("gaps"), areas: columns("areas"), proposals: columns("proposals") },
    status: Object.fromEntries(STATUSES.map((s) => [s, text(`proposals.status.${s}`)])) as CsvWording["status"],
    practices: Object.fromEntries(PRACTICES.map((p) => [p.key, text(`proposals.practice.${p.key}.name`)])) as CsvWording["practices"],
    number: csvNumber(language),
  };
}

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark; without it Turkish and Arabic letters break. */
export const CSV_BOM = "\uFEFF";

type Cell = string | number | null | undefined;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (= + - @, or a tab or return
 * that some read as one) gets a leading quote; text with ; " or a line break is quoted.
 * Numbers are ours, not typed in by anyone, so a minus sign stays a minus sign.
 */
export function csvCell(value: Cell, number: (n: number) => string = String): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? number(value) : "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: Cell[][], number: (n: number) => string = String): string {
  return CSV_BOM + [header, ...rows].map((row) => row.map((cell) => csvCell(cell, number)).join(";")).join("\r\n") + "\r\n";
}

const headerOf = <F extends CsvFile>(wording: CsvWording, file: F) => COLUMNS[file].map((c) => (wording.headers[file] as Record<string, string>)[c]!);

export const shownGaps = (gaps: readonly GapSummary[]) => gaps.filter((g) => g.residents >= MIN_GAP_RESIDENTS);

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
/** Residents gained are whole people in what planners read (the engine counts fractions of a grid point). */
// A proposal's id is data ("constructor" is an id like any other): only the record's own entries count.
const wholeGain = (gains: Record<string, number>, id: string) => {
  const gain = byId(gains, id);
  return gain === undefined ? undefined : Math.round(gain);
};

export function gapsCsv(gaps: readonly GapSummary[], wording: CsvWording, sources: ExportSources = []): string {
  const from = sourcesText(sources);
  return toCsv(
    headerOf(wording, "gaps"),
    shownGaps(gaps).map((g) => [g.rank, Math.round(g.residents), Math.round(g.areaM2), ...g.bbox.map(round6), from]),
    wording.number,
  );
}

/** Per population polygon: residents, within reach, share, in gaps, without street data (whole people). */
export function areasCsv(areas: readonly AreaSummary[], wording: CsvWording, sources: ExportSources = []): string {
  const from = sourcesText(sources);
  return toCsv(
    headerOf(wording, "areas"),
    areas.map((a) => {
      const analysed = a.residentsTotal - a.noStreetData > 0;
      return [a.id, a.name, Math.round(a.residentsTotal), Math.round(a.withinReach), analysed ? Math.round(a.share * 1000) / 10 : null, Math.round(a.inGaps), Math.round(a.noStreetData), from];
    }),
    wording.number,
  );
}

/** The gap areas themselves, with the same figures as the CSV, and the sources as a member of the collection (English keys: for GIS tools). */
export function gapsGeoJson(gaps: FeatureCollection, sources: ExportSources = []): string {
  const features = gaps.features
    .filter((f) => Number(f.properties?.residents) >= MIN_GAP_RESIDENTS)
    .map((f) => ({
      type: "Feature" as const,
      id: f.properties?.id,
      geometry: f.geometry,
      properties: { rank: f.properties?.rank, residents: Math.round(Number(f.properties?.residents)), area_m2: Math.round(Number(f.properties?.areaM2)) },
    }));
  return JSON.stringify({ type: "FeatureCollection", sources: sourcesText(sources), features });
}

/** Most support first, then by name: the order the report lists them in. */
export function rankedProposals(proposals: Iterable<Proposal>): Proposal[] {
  return [...proposals].sort((a, b) => b.support - a.support || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Activities as the app names them, then the resident's own; "; " because the names themselves hold commas. */
const practicesText = (p: Proposal, wording: CsvWording) =>
  [...p.practices.map((k) => byId(wording.practices, k) ?? k), p.customPractice].filter(Boolean).join("; ");

/** Dates stay ISO 8601: the same in every language, and sortable as text. */
export function proposalsCsv(proposals: Iterable<Proposal>, wording: CsvWording, gains: Record<string, number> = {}): string {
  return toCsv(
    headerOf(wording, "proposals"),
    rankedProposals(proposals).map((p) => [
      p.id, p.name, byId(wording.status, p.status) ?? p.status, p.support, wholeGain(gains, p.id), practicesText(p, wording),
      round6(p.location.coordinates[0]), round6(p.location.coordinates[1]), p.updated,
    ]),
    wording.number,
  );
}

/** Points with the report's figures (support, gain), English keys and status ids for GIS tools; the full exchange format is src/proposals/geojson.ts. */
export function proposalsGeoJson(proposals: Iterable<Proposal>, gains: Record<string, number> = {}): string {
  const features = rankedProposals(proposals).map((p) => ({
    type: "Feature" as const,
    id: p.id,
    geometry: p.location,
    properties: { id: p.id, name: p.name, status: p.status, support: p.support, gain: wholeGain(gains, p.id) ?? null },
  }));
  return JSON.stringify({ type: "FeatureCollection", features });
}
