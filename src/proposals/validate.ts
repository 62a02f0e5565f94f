/** Pure validation of a proposal: every problem at once, as typed issues with message keys. */
import { issue, type Issue, type ProposalMessageKey } from "./issues";
import { LIMITS, isStatus, isWeekday, type Proposal } from "./model";
import { isAudienceKey, isNeedKey, isPracticeKey } from "./practice-catalogue";
import { textLength } from "./text";

/** UUIDs and other URL-safe codes; ids appear in URLs, file names and IndexedDB keys. */
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const LAYER_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** ISO 8601 with a time zone, and a real calendar day (Date.parse would accept 30 February). */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) return false;
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

export function isValidId(value: unknown): value is string {
  return typeof value === "string" && value.length <= LIMITS.id && ID_PATTERN.test(value);
}

function isLngLat(coordinates: unknown): boolean {
  if (!Array.isArray(coordinates) || coordinates.length !== 2) return false;
  const [lng, lat] = coordinates as unknown[];
  return (
    typeof lng === "number" && typeof lat === "number" &&
    Number.isFinite(lng) && Number.isFinite(lat) &&
    lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90
  );
}

function checkLength(issues: Issue[], field: string, value: string, max: number): void {
  if (textLength(value) > max) issues.push(issue(field, "proposals.validation.tooLong", { max }));
}

function checkKeys(issues: Issue[], field: string, values: readonly unknown[], known: (v: unknown) => boolean, key: ProposalMessageKey): void {
  for (const value of values) if (!known(value)) issues.push(issue(field, key, { value: String(value) }));
}

export function validateProposal(p: Proposal): Issue[] {
  const issues: Issue[] = [];
  if (!isValidId(p.id)) issues.push(issue("id", "proposals.validation.invalidId"));
  if (p.location?.type !== "Point" || !isLngLat(p.location.coordinates)) {
    issues.push(issue("location", "proposals.validation.invalidLocation"));
  }
  const linked = p.linkedFeature;
  if (linked && !(
    LAYER_PATTERN.test(linked.layer) && linked.layer.length <= LIMITS.linkedLayer &&
    linked.featureId !== "" && textLength(linked.featureId) <= LIMITS.linkedFeatureId
  )) {
    issues.push(issue("linkedFeature", "proposals.validation.invalidLinkedFeature"));
  }
  if (p.name.trim() === "") issues.push(issue("name", "proposals.validation.nameRequired"));
  checkLength(issues, "name", p.name, LIMITS.name);
  checkLength(issues, "customPractice", p.customPractice, LIMITS.customPractice);
  checkLength(issues, "description", p.description, LIMITS.description);
  checkLength(issues, "timeText", p.timeText, LIMITS.timeText);
  if (p.contact !== undefined) checkLength(issues, "contact", p.contact, LIMITS.contact);
  checkKeys(issues, "practices", p.practices, isPracticeKey, "proposals.validation.unknownPractice");
  checkKeys(issues, "audiences", p.audiences, isAudienceKey, "proposals.validation.unknownAudience");
  checkKeys(issues, "days", p.days, isWeekday, "proposals.validation.unknownDay");
  checkKeys(issues, "needs", p.needs, isNeedKey, "proposals.validation.unknownNeed");
  checkKeys(issues, "status", [p.status], isStatus, "proposals.validation.unknownStatus");
  if (!Number.isSafeInteger(p.support) || p.support < 0 || p.support > LIMITS.support) {
    issues.push(issue("support", "proposals.validation.invalidSupport"));
  }
  for (const field of ["created", "updated"] as const) {
    if (!isTimestamp(p[field])) issues.push(issue(field, "proposals.validation.invalidTimestamp"));
  }
  return issues;
}
