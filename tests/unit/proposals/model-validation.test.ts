import { describe, expect, it } from "vitest";
import {
  AUDIENCES, LIMITS, NEEDS, PRACTICES, cleanText, createProposal, parseProposal, validateProposal, type Proposal,
} from "../../../src/proposals";
import { messages } from "../../../src/i18n/messages/proposals";
import { T0, sample } from "./helpers";

const keysOf = (issues: { field: string; key: string }[]) => issues.map((i) => `${i.field}:${i.key}`);

describe("createProposal", () => {
  it("fills defaults, stamps both times and rounds the location to 7 decimals", () => {
    const p = createProposal({ location: [3.123456789, 51.987654321], name: "  Buurttuin  " }, T0, "id-1");
    expect(p).toEqual({
      schemaVersion: 2, id: "id-1", location: { type: "Point", coordinates: [3.1234568, 51.9876543] },
      name: "Buurttuin", practices: [], customPractice: "", description: "", audiences: [], days: [], timeText: "",
      needs: [], status: "idea", support: 0, created: T0.toISOString(), updated: T0.toISOString(),
    });
    expect(validateProposal(p)).toEqual([]);
  });

  it("gives each proposal a fresh random id by default", () => {
    const a = createProposal({ location: [4, 51], name: "a" });
    const b = createProposal({ location: [4, 51], name: "a" });
    expect(a.id).not.toBe(b.id);
    expect(validateProposal(a)).toEqual([]);
  });

  it("orders days by the week and drops repeated keys", () => {
    const p = sample("x", { days: ["sun", "mon", "sun"], needs: ["roof", "roof", "shade"] });
    expect(p.days).toEqual(["mon", "sun"]);
    expect(p.needs).toEqual(["roof", "shade"]);
  });
});

describe("validateProposal", () => {
  const valid = sample("v1");
  const check = (changes: Partial<Proposal>) => keysOf(validateProposal({ ...valid, ...changes }));

  it("accepts a complete proposal", () => {
    expect(validateProposal(valid)).toEqual([]);
  });

  it("requires a name of at most 80 characters, counted as a resident counts them", () => {
    expect(check({ name: "" })).toEqual(["name:proposals.validation.nameRequired"]);
    expect(check({ name: "   " })).toEqual(["name:proposals.validation.nameRequired"]);
    expect(check({ name: "🌳".repeat(80) })).toEqual([]);
    const tooLong = validateProposal({ ...valid, name: "a".repeat(81) });
    expect(tooLong).toEqual([{ field: "name", key: "proposals.validation.tooLong", params: { max: 80 } }]);
  });

  it("caps the description at 1,000 characters", () => {
    expect(check({ description: "d".repeat(1000) })).toEqual([]);
    expect(check({ description: "d".repeat(1001) })).toEqual(["description:proposals.validation.tooLong"]);
  });

  it("requires finite WGS84 coordinates in range", () => {
    for (const coordinates of [[NaN, 51], [3, Infinity], [181, 51], [3, -90.5], [-180.0001, 0]] as [number, number][]) {
      expect(check({ location: { type: "Point", coordinates } })).toEqual(["location:proposals.validation.invalidLocation"]);
    }
    expect(check({ location: { type: "Point", coordinates: [180, -90] } })).toEqual([]);
  });

  it("knows the keys of statuses, practices, audiences, needs and days", () => {
    const bad = { status: "done", practices: ["language-cafe", "karaoke"], audiences: ["aliens"], needs: ["pool"], days: ["caturday"] };
    expect(check(bad as unknown as Partial<Proposal>)).toEqual([
      "practices:proposals.validation.unknownPractice",
      "audiences:proposals.validation.unknownAudience",
      "days:proposals.validation.unknownDay",
      "needs:proposals.validation.unknownNeed",
      "status:proposals.validation.unknownStatus",
    ]);
    expect(validateProposal({ ...valid, status: "done" } as unknown as Proposal)[0].params).toEqual({ value: "done" });
  });

  it("wants support as a non-negative whole number", () => {
    for (const support of [-1, 1.5, NaN, Infinity]) expect(check({ support })).toEqual(["support:proposals.validation.invalidSupport"]);
    expect(check({ support: 0 })).toEqual([]);
    expect(check({ support: 12 })).toEqual([]);
  });

  it("checks ids, linked features and timestamps", () => {
    expect(check({ id: "has space" })).toEqual(["id:proposals.validation.invalidId"]);
    expect(check({ id: "x".repeat(LIMITS.id + 1) })).toEqual(["id:proposals.validation.invalidId"]);
    expect(check({ linkedFeature: { layer: "vacant", featureId: "way/123" } })).toEqual([]);
    expect(check({ linkedFeature: { layer: "Vacant Buildings", featureId: "1" } })).toEqual(["linkedFeature:proposals.validation.invalidLinkedFeature"]);
    expect(check({ linkedFeature: { layer: "green", featureId: "" } })).toEqual(["linkedFeature:proposals.validation.invalidLinkedFeature"]);
    expect(check({ updated: "yesterday" })).toEqual(["updated:proposals.validation.invalidTimestamp"]);
    expect(check({ created: "2026-02-30T10:00:00Z" })).toEqual(["created:proposals.validation.invalidTimestamp"]);
    expect(check({ created: "2026-02-28T23:30:00+02:00" })).toEqual([]);
  });
});

describe("untrusted text", () => {
  it("strips control characters and bidi overrides but never rewrites markup", () => {
    expect(cleanText("Taal\u0000café\u0007 \u202Eevil")).toBe("Taalcafé evil");
    expect(cleanText("<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
    expect(cleanText("regel 1\r\nregel 2", true)).toBe("regel 1\nregel 2");
    expect(cleanText("regel 1\nregel 2")).toBe("regel 1 regel 2");
    expect(cleanText("half \uD800 pair 😀")).toBe("half  pair 😀");
  });

  it("parses a raw record, cleaning text without cutting it", () => {
    const raw = { ...sample("r1"), name: "Plein\u0000 <b>", description: "x".repeat(1001) };
    const parsed = parseProposal(JSON.parse(JSON.stringify(raw)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(keysOf(parsed.issues)).toEqual(["description:proposals.validation.tooLong"]);
    const ok = parseProposal({ ...raw, description: "" });
    expect(ok.ok && ok.proposal.name).toBe("Plein <b>");
  });

  it("refuses wrong shapes with typed issues instead of throwing", () => {
    for (const raw of [null, 42, "x", []]) expect(parseProposal(raw)).toEqual({ ok: false, issues: [{ field: "", key: "proposals.validation.wrongType" }] });
    const parsed = parseProposal({ ...sample("r2"), name: 5, practices: "language-cafe", location: { type: "Point", coordinates: ["3", 51] } });
    expect(parsed.ok ? [] : keysOf(parsed.issues)).toEqual([
      "location:proposals.validation.invalidLocation",
      "name:proposals.validation.wrongType",
      "practices:proposals.validation.wrongType",
    ]);
    const future = parseProposal({ ...sample("r3"), schemaVersion: 99 });
    expect(future).toEqual({ ok: false, issues: [{ field: "schemaVersion", key: "proposals.validation.unsupportedVersion", params: { version: 99 } }] });
  });
});

describe("catalogue and messages", () => {
  it("has the practices residents asked for, each with Dutch and English texts", () => {
    const keys = PRACTICES.map((p) => p.key);
    for (const key of ["language-cafe", "family-salon", "drop-in-childcare", "square-animation", "community-garden",
      "shared-kitchen", "association-platform", "migration-stories", "stage", "repair-cafe"]) expect(keys).toContain(key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of PRACTICES) {
      for (const text of [p.name.nl, p.name.en, p.description.nl, p.description.en]) expect(text.trim()).not.toBe("");
    }
    for (const list of [AUDIENCES, NEEDS]) for (const entry of list) expect(entry.name.nl && entry.name.en).toBeTruthy();
  });

  it("has the same keys in Dutch and English, all in the proposals namespace", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.nl).sort());
    for (const key of Object.keys(messages.nl)) expect(key.startsWith("proposals.")).toBe(true);
    expect(messages.nl["proposals.practice.language-cafe.name" as keyof typeof messages.nl]).toBe("Taalcafé en taalcoaches");
    expect(messages.en["proposals.need.step-free" as keyof typeof messages.en]).toBe("Step-free access");
  });
});
