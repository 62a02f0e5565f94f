import { describe, expect, it } from "vitest";
import { sortProposals } from "../../../src/app/proposals/sort";
import { proposal } from "./helpers";

describe("the proposal list's order", () => {
  const a = { ...proposal("a", {}, new Date("2026-03-01T10:00:00Z")), support: 3 };
  const b = { ...proposal("b", {}, new Date("2026-03-03T10:00:00Z")), support: 1 };
  const c = { ...proposal("c", {}, new Date("2026-03-02T10:00:00Z")), support: 5 };
  const map = { a, b, c };
  it("sorts by support, by date (newest first) and by coverage gain when there is one", () => {
    expect(sortProposals(map, "support", undefined).map((p) => p.id)).toEqual(["c", "a", "b"]);
    expect(sortProposals(map, "date", undefined).map((p) => p.id)).toEqual(["b", "c", "a"]);
    expect(sortProposals(map, "gain", { a: 10, b: 250 }).map((p) => p.id)).toEqual(["b", "a", "c"]);
    expect(sortProposals(map, "gain", undefined).map((p) => p.id)).toEqual(["b", "c", "a"]);
  });
});
