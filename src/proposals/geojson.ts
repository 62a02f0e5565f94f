/**
 * Export and import as a GeoJSON FeatureCollection (RFC 7946): one Point feature per proposal,
 * the record's fields as properties. The schema is documented in docs/proposals-format.md.
 */
import { issue, type Result } from "./issues";
import { mergeProposals, type MergeReport, type Skipped } from "./merge";
import { isRecord } from "./json-values";
import { SCHEMA_VERSION, type PointGeometry, type Proposal, type ProposalMap } from "./model";
import { parseProposal } from "./parse";

/** A foreign member naming the file's kind and version, for people and tools that open it. */
export const FORMAT_MEMBER = "ontmoetingskaart";

export const IMPORT_LIMITS = { chars: 20_000_000, features: 10_000 } as const;

export type ProposalProperties = Omit<Proposal, "location">;

export interface ProposalFeature {
  type: "Feature";
  id: string;
  geometry: PointGeometry;
  properties: ProposalProperties;
}

export interface ProposalFeatureCollection {
  type: "FeatureCollection";
  [FORMAT_MEMBER]: { format: "proposals"; schemaVersion: typeof SCHEMA_VERSION };
  features: ProposalFeature[];
}

export interface ExportOptions {
  /** Contact details are personal data; leave them out of files meant for others. */
  includeContact?: boolean;
}

export function proposalToFeature(proposal: Proposal, { includeContact = true }: ExportOptions = {}): ProposalFeature {
  const { location, contact, ...properties } = proposal;
  return {
    type: "Feature",
    id: proposal.id,
    geometry: location,
    properties: includeContact && contact !== undefined ? { ...properties, contact } : properties,
  };
}

/** Oldest first, so a file written twice from the same proposals is the same file. */
export function exportProposals(proposals: Iterable<Proposal>, options?: ExportOptions): ProposalFeatureCollection {
  const sorted = [...proposals].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  return {
    type: "FeatureCollection",
    [FORMAT_MEMBER]: { format: "proposals", schemaVersion: SCHEMA_VERSION },
    features: sorted.map((p) => proposalToFeature(p, options)),
  };
}

/** The record a feature stands for: properties plus its id and geometry; parsing judges the rest. */
function featureToRecord(feature: unknown): unknown {
  if (!isRecord(feature) || feature.type !== "Feature" || !isRecord(feature.properties)) return feature;
  const id = feature.properties.id ?? feature.id;
  return { ...feature.properties, id, location: feature.geometry };
}

export type ReadResult = Result<{ proposals: Proposal[]; rejected: Skipped[] }>;

/** Reads a collection (text or parsed JSON); each feature is validated on its own. */
export function readProposalCollection(input: unknown): ReadResult {
  if (typeof input === "string") {
    if (input.length > IMPORT_LIMITS.chars) return { ok: false, issues: [issue("", "proposals.import.tooLarge")] };
    try {
      input = JSON.parse(input) as unknown;
    } catch {
      return { ok: false, issues: [issue("", "proposals.import.notJson")] };
    }
  }
  if (!isRecord(input) || input.type !== "FeatureCollection" || !Array.isArray(input.features)) {
    return { ok: false, issues: [issue("", "proposals.import.notFeatureCollection")] };
  }
  if (input.features.length > IMPORT_LIMITS.features) {
    return { ok: false, issues: [issue("", "proposals.import.tooMany", { max: IMPORT_LIMITS.features })] };
  }
  const proposals: Proposal[] = [];
  const rejected: Skipped[] = [];
  input.features.forEach((feature: unknown, index) => {
    const parsed = parseProposal(featureToRecord(feature));
    if (parsed.ok) proposals.push(parsed.proposal);
    else {
      const id = isRecord(feature) && isRecord(feature.properties) ? feature.properties.id ?? feature.id : undefined;
      rejected.push({ index, ...(typeof id === "string" && { id }), reason: issue("", "proposals.merge.invalid"), issues: parsed.issues });
    }
  });
  return { ok: true, proposals, rejected };
}

export type ImportResult = Result<{ proposals: ProposalMap; report: MergeReport }>;

/** Reads and merges: the report lists what was added, updated and skipped (with reasons). */
export function importProposals(current: ProposalMap, input: unknown): ImportResult {
  const read = readProposalCollection(input);
  if (!read.ok) return read;
  const merged = mergeProposals(current, read.proposals);
  return { ok: true, proposals: merged.proposals, report: { ...merged.report, skipped: [...read.rejected, ...merged.report.skipped] } };
}
