// Properties of the share-link codec and of merging, over arbitrary proposals with hostile ids and text.
import fc from "fast-check";
import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  SHARE_PARAM, byId, createProposal, createShareLink, idRecord, mergeProposals, readShareLink, validateProposal, type Proposal,
} from "../../../src/proposals";
import { toBase64Url } from "../../../src/proposals/base64url";

const HOSTILE_IDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"];
const id = fc.oneof(fc.constantFrom(...HOSTILE_IDS), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/));
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.constantFrom("<img src=x onerror=alert(1)>", "__proto__", "{{constructor}}", "\u202Eevil", "a\u0000b"),
);
const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000);

const proposal = (pid: string, i: number) =>
  fc.record({ name: hostileText, description: hostileText, contact: hostileText, support: fc.nat({ max: 1000 }), lng: fc.double({ min: -180, max: 180, noNaN: true }), lat: fc.double({ min: -90, max: 90, noNaN: true }) })
    .map(({ name, description, contact, support, lng, lat }) => ({
      ...createProposal({ location: [lng, lat], name: `${name}x`, description, contact }, at(i), pid),
      support,
    }));

/** Proposals with distinct ids, each valid. */
const proposals = (max: number) =>
  fc.uniqueArray(id, { minLength: 1, maxLength: max }).chain((ids) => fc.tuple(...ids.map((pid, i) => proposal(pid, i))));

describe("the share-link codec", () => {
  it("gives back every proposal it encoded, hostile ids and text included", () => {
    fc.assert(
      fc.property(proposals(5), (list: Proposal[]) => {
        for (const p of list) expect(validateProposal(p)).toEqual([]);
        const link = createShareLink("https://example.org/kaart", list, { includeContact: true });
        fc.pre(link.ok); // a link over the URL limit is refused, which is tested apart
        const read = link.ok ? readShareLink(link.url) : null;
        expect(read).toEqual({ ok: true, proposals: list });
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on arbitrary text, and says why it could not read it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        for (const input of [text, `#${SHARE_PARAM}=${text}`, `https://x.org/#${SHARE_PARAM}=${encodeURIComponent(text)}`]) {
          const read = readShareLink(input);
          expect(read === null || read.ok === false || Array.isArray(read.proposals)).toBe(true);
          if (read && !read.ok) expect(read.issues[0]?.key).toMatch(/^proposals\.share\./);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on well-packed payloads of arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const payload = toBase64Url(deflateSync(new TextEncoder().encode(JSON.stringify({ v: 1, p: [value] }))));
        const read = readShareLink(`#${SHARE_PARAM}=${payload}`);
        expect(read).not.toBeNull();
        if (read?.ok) for (const p of read.proposals) expect(validateProposal(p)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("merging proposals", () => {
  /** Current proposals and incoming ones that may share ids with them and with each other, each with its own time. */
  const scenario = fc
    .tuple(fc.uniqueArray(id, { maxLength: 6 }), fc.array(id, { maxLength: 10 }))
    .chain(([currentIds, incomingIds]) =>
      fc.tuple(
        fc.tuple(...currentIds.map((pid, i) => proposal(pid, i * 2))),
        fc.tuple(...incomingIds.map((pid, i) => proposal(pid, i * 2 + 1 + 100))),
      ),
    );
  const asRecord = (list: readonly Proposal[]) => idRecord(list.map((p) => [p.id, p] as const));

  it("never loses a proposal, and counts each incoming one exactly once", () => {
    fc.assert(
      fc.property(scenario, ([current, incoming]) => {
        const { proposals: merged, report } = mergeProposals(asRecord(current), incoming);
        const ids = new Set([...current, ...incoming].map((p) => p.id));
        expect(Object.keys(merged).sort()).toEqual([...ids].sort());
        const known = new Set(current.map((p) => p.id));
        expect(report.added.sort()).toEqual([...new Set(incoming.map((p) => p.id))].filter((i) => !known.has(i)).sort());
        expect(report.updated.every((i) => known.has(i))).toBe(true);
        expect(new Set([...report.added, ...report.updated]).size).toBe(report.added.length + report.updated.length);
        expect(report.skipped.every((s) => s.id !== undefined && ids.has(s.id))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the newest version of each proposal whatever the order, and is idempotent", () => {
    fc.assert(
      fc.property(scenario.chain(([c, i]) => fc.tuple(fc.constant(c), fc.constant(i), fc.shuffledSubarray(i, { minLength: i.length }))), ([current, incoming, shuffled]) => {
        const once = mergeProposals(asRecord(current), incoming).proposals;
        expect(mergeProposals(asRecord(current), shuffled).proposals).toEqual(once);
        for (const pid of Object.keys(once)) {
          const newest = [...current, ...incoming].filter((p) => p.id === pid).sort((a, b) => b.updated.localeCompare(a.updated))[0];
          expect(byId(once, pid)).toEqual(newest);
        }
        const twice = mergeProposals(once, incoming);
        expect(twice.proposals).toEqual(once);
        expect([twice.report.added, twice.report.updated]).toEqual([[], []]);
        expect(twice.report.skipped).toHaveLength(incoming.length);
      }),
      { numRuns: 300 },
    );
  });
});
