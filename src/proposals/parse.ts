/** Turns untrusted input (a stored record, an imported feature, a link entry) into a valid proposal. */
import { issue, type Issue, type Result } from "./issues";
import { isRecord, type RawRecord } from "./json-values";
import { migrateRecord } from "./migrations";
import { SCHEMA_VERSION, type Proposal } from "./model";
import { normaliseProposal } from "./normalise";
import { validateProposal } from "./validate";

// Absent text means "", so a missing name reads as "name required", not as a broken record.
function readString(r: RawRecord, field: string, issues: Issue[]): string {
  const value = r[field];
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  issues.push(issue(field, "proposals.validation.wrongType"));
  return "";
}

function readStringList(r: RawRecord, field: string, issues: Issue[]): string[] {
  const value = r[field];
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value as string[];
  issues.push(issue(field, "proposals.validation.wrongType"));
  return [];
}

function readLocation(r: RawRecord, issues: Issue[]): Proposal["location"] {
  const loc = r.location;
  const coordinates = isRecord(loc) && Array.isArray(loc.coordinates) ? (loc.coordinates as unknown[]) : [];
  if (isRecord(loc) && loc.type === "Point" && coordinates.length === 2 && coordinates.every((c) => typeof c === "number")) {
    return { type: "Point", coordinates: [coordinates[0] as number, coordinates[1] as number] };
  }
  issues.push(issue("location", "proposals.validation.invalidLocation"));
  return { type: "Point", coordinates: [0, 0] };
}

function readLinked(r: RawRecord, issues: Issue[]): Proposal["linkedFeature"] {
  const linked = r.linkedFeature;
  if (linked === undefined || linked === null) return undefined;
  const id = isRecord(linked) ? linked.featureId : undefined;
  if (isRecord(linked) && typeof linked.layer === "string" && (typeof id === "string" || Number.isFinite(id))) {
    return { layer: linked.layer, featureId: String(id) };
  }
  issues.push(issue("linkedFeature", "proposals.validation.invalidLinkedFeature"));
  return undefined;
}

/** Migrates, reads, cleans (without cutting) and validates; any problem refuses the record. */
export function parseProposal(raw: unknown): Result<{ proposal: Proposal }> {
  if (!isRecord(raw)) return { ok: false, issues: [issue("", "proposals.validation.wrongType")] };
  const migrated = migrateRecord(raw);
  if (!migrated.ok) return migrated;
  const r = migrated.record;
  const issues: Issue[] = [];
  const support = r.support === undefined ? 0 : r.support;
  if (typeof support !== "number") issues.push(issue("support", "proposals.validation.invalidSupport"));
  const contact = r.contact === undefined || r.contact === null ? undefined : readString(r, "contact", issues);
  const candidate = {
    schemaVersion: SCHEMA_VERSION,
    id: readString(r, "id", issues),
    location: readLocation(r, issues),
    linkedFeature: readLinked(r, issues),
    name: readString(r, "name", issues),
    practices: readStringList(r, "practices", issues),
    customPractice: readString(r, "customPractice", issues),
    description: readString(r, "description", issues),
    audiences: readStringList(r, "audiences", issues),
    days: readStringList(r, "days", issues),
    timeText: readString(r, "timeText", issues),
    needs: readStringList(r, "needs", issues),
    contact,
    status: readString(r, "status", issues),
    support: typeof support === "number" ? support : 0,
    created: readString(r, "created", issues),
    updated: readString(r, "updated", issues),
  } as Proposal; // keys and status are still plain strings here; validation checks them next
  if (issues.length > 0) return { ok: false, issues };
  const proposal = normaliseProposal(candidate, false);
  const problems = validateProposal(proposal);
  return problems.length > 0 ? { ok: false, issues: problems } : { ok: true, proposal };
}
