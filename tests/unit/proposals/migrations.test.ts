import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MIGRATIONS, SCHEMA_VERSION, migrateRecord, migrateV1ToV2, parseProposal } from "../../../src/proposals";
import { deepFreeze } from "./helpers";

const fixture = (name: string) => deepFreeze(JSON.parse(readFileSync(new URL(`../../fixtures/proposals/${name}`, import.meta.url), "utf8")));

describe("stored format migrations", () => {
  const v1 = fixture("v1-store.json");
  const v2 = fixture("v2-store.json");

  it("has one step for every version below the current one", () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual(Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it("lifts every record of the v1 fixture to the current version, field for field", () => {
    const migrated = v1.proposals.map((record: unknown) => {
      const parsed = parseProposal(record);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      return parsed.proposal;
    });
    expect(migrated).toEqual(v2.proposals);
  });

  it("splits v1's single practice into a catalogue key or free text", () => {
    const [known, free, none] = v1.proposals;
    expect(migrateV1ToV2(known)).toMatchObject({ name: known.title, practices: ["language-cafe"], customPractice: "" });
    expect(migrateV1ToV2(free)).toMatchObject({ practices: [], customPractice: "Schaken met buren op zaterdag" });
    expect(migrateV1ToV2(none)).toMatchObject({ practices: [], customPractice: "" });
    expect("title" in migrateV1ToV2(known) || "practice" in migrateV1ToV2(known)).toBe(false);
  });

  it("leaves current records alone and refuses unknown versions", () => {
    const current = v2.proposals[0];
    expect(migrateRecord(current)).toEqual({ ok: true, record: current });
    expect(migrateRecord({ ...current, schemaVersion: 0 }).ok).toBe(false);
    expect(migrateRecord({ ...current, schemaVersion: "2" }).ok).toBe(false);
    expect(migrateRecord({ ...current, schemaVersion: SCHEMA_VERSION + 1 })).toEqual({
      ok: false, issues: [{ field: "schemaVersion", key: "proposals.validation.unsupportedVersion", params: { version: SCHEMA_VERSION + 1 } }],
    });
  });
});
