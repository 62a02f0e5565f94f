import { describe, expect, it } from "vitest";
import {
  IMPORT_LIMITS, diffProposals, exportProposals, importProposals, mergeProposals, readProposalCollection, type Proposal,
} from "../../../src/proposals";
import { byId, deepFreeze, sample } from "./helpers";

const LATER = new Date("2026-04-01T12:00:00.000Z");
const newer = (p: Proposal, changes: Partial<Proposal>): Proposal => deepFreeze({ ...p, ...changes, updated: LATER.toISOString() });
const reasons = (skipped: { id?: string; reason: { key: string } }[]) => skipped.map((s) => `${s.id}:${s.reason.key}`);

describe("mergeProposals", () => {
  const a = sample("a");
  const b = sample("b");
  const current = deepFreeze(byId(a, b));

  it("adds new ids, lets a newer copy win, and skips identical or older copies with reasons", () => {
    const bNewer = newer(b, { name: "Nieuwe naam" });
    const aOlderButDifferent = deepFreeze({ ...a, name: "Oud" });
    const { proposals, report } = mergeProposals(current, [sample("c"), bNewer, aOlderButDifferent, a]);
    expect(report.added).toEqual(["c"]);
    expect(report.updated).toEqual(["b"]);
    expect(reasons(report.skipped)).toEqual(["a:proposals.merge.localNewer", "a:proposals.merge.identical"]);
    expect(Object.keys(proposals).sort()).toEqual(["a", "b", "c"]);
    expect(proposals.b.name).toBe("Nieuwe naam");
    expect(proposals.a).toBe(a);
  });

  it("does not duplicate an id that appears twice in the input", () => {
    const c = sample("c");
    const { proposals, report } = mergeProposals({}, [c, c, newer(c, { name: "Later" })]);
    expect(report.added).toEqual(["c"]);
    expect(report.updated).toEqual([]);
    expect(reasons(report.skipped)).toEqual(["c:proposals.merge.identical"]);
    expect(Object.keys(proposals)).toEqual(["c"]);
    expect(proposals.c.name).toBe("Later");
  });

  it("diffs two states into the records to write and the ids to delete", () => {
    const { proposals } = mergeProposals(current, [sample("c"), newer(b, { name: "x" })]);
    const { a: _a, ...withoutA } = proposals;
    const diff = diffProposals(current, withoutA);
    expect(diff.put.map((p) => p.id).sort()).toEqual(["b", "c"]);
    expect(diff.remove).toEqual(["a"]);
  });
});

describe("GeoJSON export and import", () => {
  const proposals = [
    sample("p1", { contact: "buurtwerk@example.org", linkedFeature: { layer: "vacant", featureId: "way/77" }, description: "Twee regels\nmet uitleg" }),
    sample("p2", { name: "<img src=x onerror=alert(1)>", status: "trial", customPractice: "Schaakclub" }),
  ];

  it("writes an RFC 7946 FeatureCollection of Point features with the documented properties", () => {
    const fc = exportProposals(proposals);
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.ontmoetingskaart).toEqual({ format: "proposals", schemaVersion: 2 });
    expect(fc.features[0]).toMatchObject({ type: "Feature", id: "p1", geometry: { type: "Point", coordinates: [3.7251234, 51.0543219] } });
    expect(fc.features[0].properties).toMatchObject({ id: "p1", contact: "buurtwerk@example.org", linkedFeature: { layer: "vacant", featureId: "way/77" } });
    expect("location" in fc.features[0].properties).toBe(false);
    expect(exportProposals(proposals, { includeContact: false }).features[0].properties.contact).toBeUndefined();
  });

  it("round-trips: export, JSON text, import into an empty map gives identical proposals", () => {
    const text = JSON.stringify(exportProposals(proposals));
    const result = importProposals({}, text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.proposals).toEqual(byId(...proposals));
    expect(result.report).toEqual({ added: ["p1", "p2"], updated: [], skipped: [] });
    const again = importProposals(result.proposals, text);
    expect(again.ok && again.report.skipped.map((s) => s.reason.key)).toEqual(["proposals.merge.identical", "proposals.merge.identical"]);
  });

  it("skips invalid features with their issues and keeps the valid ones", () => {
    const fc = JSON.parse(JSON.stringify(exportProposals(proposals)));
    fc.features[0].geometry = { type: "LineString", coordinates: [[0, 0], [1, 1]] };
    fc.features[1].properties.name = "";
    fc.features.push({ type: "Feature", geometry: { type: "Point", coordinates: [4, 51] }, properties: { ...fc.features[1].properties, id: "p3", name: "Goed" } });
    fc.features.push("not a feature");
    const result = importProposals({}, fc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.added).toEqual(["p3"]);
    expect(result.report.skipped.map((s) => [s.index, s.id, s.reason.key, s.issues?.map((i) => i.key)])).toEqual([
      [0, "p1", "proposals.merge.invalid", ["proposals.validation.invalidLocation"]],
      [1, "p2", "proposals.merge.invalid", ["proposals.validation.nameRequired"]],
      [3, undefined, "proposals.merge.invalid", ["proposals.validation.wrongType"]],
    ]);
  });

  it("refuses input that is not a FeatureCollection, not JSON, too large or too long", () => {
    const key = (input: unknown) => {
      const r = readProposalCollection(input);
      return r.ok ? "ok" : r.issues[0].key;
    };
    expect(key("{nope")).toBe("proposals.import.notJson");
    expect(key({ type: "Feature" })).toBe("proposals.import.notFeatureCollection");
    expect(key(" ".repeat(IMPORT_LIMITS.chars + 1))).toBe("proposals.import.tooLarge");
    expect(key({ type: "FeatureCollection", features: new Array(IMPORT_LIMITS.features + 1).fill(null) })).toBe("proposals.import.tooMany");
    expect(key({ type: "FeatureCollection", features: [] })).toBe("ok");
  });
});
