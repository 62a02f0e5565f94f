/**
 * Downloads for planners: the gaps and the proposals as CSV (semicolon-separated, as Dutch
 * spreadsheets expect) and as GeoJSON. Pure: text in, text out; the UI only saves it.
 * Only what the report shows goes out: gaps where people live, proposals without contact details.
 */
import type { FeatureCollection } from "geojson";
import type { Proposal } from "../proposals";
import { byId } from "../proposals/id-records";
import type { GapSummary } from "../state/types";
import type { AreaSummary } from "../analysis/run";

/** Gap areas smaller than half a resident are slivers; the gap list leaves them out too. */
export const MIN_GAP_RESIDENTS = 0.5;

export const GAP_COLUMNS = ["rank", "residents", "area_m2", "west", "south", "east", "north", "sources"] as const;
export const AREA_COLUMNS = ["code", "name", "residents", "within_reach", "share_percent", "in_gaps", "no_street_data", "sources"] as const;

/** The datasets the figures come from, with their licences (© OpenStreetMap contributors for OSM data). */
export type ExportSources = readonly { name: string; attribution?: string }[];
export const sourcesText = (sources: ExportSources) =>
  [...new Set(sources.map((s) => (s.attribution ? `${s.name} (${s.attribution})` : s.name)))].join(", ");
export const PROPOSAL_COLUMNS = ["id", "name", "status", "support", "gain", "practices", "longitude", "latitude", "updated"] as const;

type Cell = string | number | null | undefined;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (= + - @, or a tab or return
 * that some read as one) gets a leading quote; text with ; " or a line break is quoted.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(";")).join("\r\n") + "\r\n";
}

export const shownGaps = (gaps: readonly GapSummary[]) => gaps.filter((g) => g.residents >= MIN_GAP_RESIDENTS);

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
/** Residents gained are whole people in what planners read (the engine counts fractions of a grid point). */
// A proposal's id is data ("constructor" is an id like any other): only the record's own entries count.
const wholeGain = (gains: Record<string, number>, id: string) => {
  const gain = byId(gains, id);
  return gain === undefined ? undefined : Math.round(gain);
};

export function gapsCsv(gaps: readonly GapSummary[], sources: ExportSources = []): string {
  const from = sourcesText(sources);
  return toCsv(
    GAP_COLUMNS,
    shownGaps(gaps).map((g) => [g.rank, Math.round(g.residents), Math.round(g.areaM2), ...g.bbox.map(round6), from]),
  );
}

/** Per population polygon: residents, within reach, share, in gaps, without street data (whole people). */
export function areasCsv(areas: readonly AreaSummary[], sources: ExportSources = []): string {
  const from = sourcesText(sources);
  return toCsv(
    AREA_COLUMNS,
    areas.map((a) => {
      const analysed = a.residentsTotal - a.noStreetData > 0;
      return [a.id, a.name, Math.round(a.residentsTotal), Math.round(a.withinReach), analysed ? Math.round(a.share * 1000) / 10 : null, Math.round(a.inGaps), Math.round(a.noStreetData), from];
    }),
  );
}

/** The gap areas themselves, with the same figures as the CSV, and the sources as a member of the collection. */
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

export function proposalsCsv(proposals: Iterable<Proposal>, gains: Record<string, number> = {}): string {
  return toCsv(
    PROPOSAL_COLUMNS,
    rankedProposals(proposals).map((p) => [
      p.id, p.name, p.status, p.support, wholeGain(gains, p.id), [...p.practices, p.customPractice].filter(Boolean).join(", "),
      round6(p.location.coordinates[0]), round6(p.location.coordinates[1]), p.updated,
    ]),
  );
}

/** Points with the report's figures (support, gain); the full exchange format is src/proposals/geojson.ts. */
export function proposalsGeoJson(proposals: Iterable<Proposal>, gains: Record<string, number> = {}): string {
  const features = rankedProposals(proposals).map((p) => ({
    type: "Feature" as const,
    id: p.id,
    geometry: p.location,
    properties: { id: p.id, name: p.name, status: p.status, support: p.support, gain: wholeGain(gains, p.id) ?? null },
  }));
  return JSON.stringify({ type: "FeatureCollection", features });
}
