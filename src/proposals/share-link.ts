/**
 * Share links: proposals in a URL fragment parameter as compact JSON → raw DEFLATE → base64url.
 * The fragment never reaches a server. Decoding trusts nothing: lengths are capped before
 * decoding, inflating stops at an output cap, and every proposal is validated.
 */
import { deflateSync } from "fflate";
import { fromBase64Url, toBase64Url } from "./base64url";
import { inflateBounded } from "./bounded-inflate";
import { issue, type Issue, type ProposalMessageKey, type Result } from "./issues";
import { isRecord, type RawRecord } from "./json-values";
import type { Proposal } from "./model";
import { parseProposal } from "./parse";

export const SHARE_PARAM = "voorstellen";
/** Version of the link payload; links of another version are refused, not guessed at. */
export const SHARE_LINK_VERSION = 1;
export const SHARE_LIMITS = {
  /** Whole URL: what chat apps, QR codes and browsers reliably carry. */
  urlChars: 8192,
  /** Decoded payload; a fragment within urlChars can never be larger than this. */
  compressedBytes: 6144,
  /** Decompressed JSON; far above any real payload of `proposals` entries. */
  inflatedBytes: 256 * 1024,
  proposals: 100,
} as const;

/** Short names for the link only; absent means "" / [] / 0, so empty fields cost nothing. */
const SHORT_KEYS = {
  id: "i", name: "n", practices: "p", customPractice: "c", description: "d", audiences: "a", days: "w",
  timeText: "t", needs: "e", status: "s", support: "v", created: "k", updated: "u", contact: "m",
} as const satisfies Partial<Record<keyof Proposal, string>>;

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === "" || value === 0 || (Array.isArray(value) && value.length === 0);

function toCompact(p: Proposal, includeContact: boolean): RawRecord {
  const out: RawRecord = { g: p.location.coordinates };
  if (p.linkedFeature) out.l = [p.linkedFeature.layer, p.linkedFeature.featureId];
  for (const [field, short] of Object.entries(SHORT_KEYS)) {
    const value = p[field as keyof typeof SHORT_KEYS];
    if (!isEmpty(value) && (field !== "contact" || includeContact)) out[short] = value;
  }
  return out;
}

function fromCompact(entry: unknown): unknown {
  if (!isRecord(entry)) return entry;
  // Link version 1 always carries schema-2 records; parsing migrates them if the schema moves on.
  const record: RawRecord = { schemaVersion: 2, location: { type: "Point", coordinates: entry.g } };
  if (entry.l !== undefined) {
    const [layer, featureId] = Array.isArray(entry.l) ? entry.l : [];
    record.linkedFeature = { layer, featureId };
  }
  for (const [field, short] of Object.entries(SHORT_KEYS)) if (entry[short] !== undefined) record[field] = entry[short];
  return record;
}

const fail = (key: ProposalMessageKey, params?: Record<string, number>, details: Issue[] = []): { ok: false; issues: Issue[] } => ({
  ok: false,
  issues: [issue("", key, params), ...details],
});

export interface ShareOptions {
  /** Contact details are left out unless asked for: links end up in chats and browser history. */
  includeContact?: boolean;
}

/** The URL with the proposals in its fragment, or why it cannot be made. */
export function createShareLink(baseUrl: string, proposals: readonly Proposal[], { includeContact = false }: ShareOptions = {}): Result<{ url: string }> {
  if (proposals.length === 0) return fail("proposals.share.empty");
  if (proposals.length > SHARE_LIMITS.proposals) return fail("proposals.share.tooMany", { max: SHARE_LIMITS.proposals });
  const json = JSON.stringify({ v: SHARE_LINK_VERSION, p: proposals.map((p) => toCompact(p, includeContact)) });
  const payload = toBase64Url(deflateSync(new TextEncoder().encode(json), { level: 9 }));
  const url = `${baseUrl.split("#")[0]}#${SHARE_PARAM}=${payload}`;
  return url.length > SHARE_LIMITS.urlChars ? fail("proposals.share.tooLarge") : { ok: true, url };
}

/** Reads a share link (a full URL or just its "#..." part); null when it carries no proposals. */
export function readShareLink(urlOrHash: string): Result<{ proposals: Proposal[] }> | null {
  if (urlOrHash.length > SHARE_LIMITS.urlChars) return fail("proposals.share.tooLarge");
  const hashAt = urlOrHash.indexOf("#");
  const payload = new URLSearchParams(hashAt >= 0 ? urlOrHash.slice(hashAt + 1) : urlOrHash).get(SHARE_PARAM);
  if (payload === null) return null;
  const compressed = fromBase64Url(payload);
  if (!compressed || compressed.length === 0) return fail("proposals.share.corrupt");
  if (compressed.length > SHARE_LIMITS.compressedBytes) return fail("proposals.share.tooLarge");
  const inflated = inflateBounded(compressed, SHARE_LIMITS.inflatedBytes);
  if (!inflated.ok) return fail(inflated.reason === "tooLarge" ? "proposals.share.tooLarge" : "proposals.share.corrupt");
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(inflated.bytes));
  } catch {
    return fail("proposals.share.corrupt");
  }
  if (!isRecord(data) || !Array.isArray(data.p)) return fail("proposals.share.corrupt");
  if (data.v !== SHARE_LINK_VERSION) return fail("proposals.share.wrongVersion");
  if (data.p.length === 0) return fail("proposals.share.empty");
  if (data.p.length > SHARE_LIMITS.proposals) return fail("proposals.share.tooMany", { max: SHARE_LIMITS.proposals });
  const proposals: Proposal[] = [];
  for (const entry of data.p) {
    const parsed = parseProposal(fromCompact(entry));
    if (!parsed.ok) return fail("proposals.share.invalidProposal", undefined, parsed.issues);
    proposals.push(parsed.proposal);
  }
  return { ok: true, proposals };
}
