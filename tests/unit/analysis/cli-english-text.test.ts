// The CLI prints the app's English texts without i18next: counted texts exist only as plural
// forms, so it has to choose "1 item" or "3 items" itself, as i18next does in the app.
import { describe, expect, it } from "vitest";
import { englishText, problemText } from "../../../cli/coverage.ts";

describe("englishText in the CLI", () => {
  it("chooses the plural form by count", () => {
    expect(englishText("analysis.warning.unreachableResidents", { count: 1 })).toBe("1 resident cannot reach any place along the streets.");
    expect(englishText("analysis.warning.unreachableResidents", { count: 12270 })).toBe("12270 residents cannot reach any place along the streets.");
    expect(englishText("analysis.warning.disconnected", { count: 3 })).toMatch(/^The streets fall apart into 3 separate parts\./);
  });

  it("fills in a nested reason in a counted import problem", () => {
    const one = problemText({ severity: "warning", key: "import.warning.skipped", params: { file: "a.csv", count: 1, reason: "import.skip.invalidCoordinates" } });
    const two = problemText({ severity: "warning", key: "import.warning.skipped", params: { file: "a.csv", count: 2, reason: "import.skip.invalidCoordinates" } });
    expect(one).toMatch(/^We skipped 1 item of a\.csv: /);
    expect(two).toMatch(/^We skipped 2 items of a\.csv: /);
    expect(one).not.toMatch(/\{\{|\$t\(|import\./);
  });

  it("keeps texts without plural forms and unknown keys as they were", () => {
    expect(englishText("analysis.warning.noNetwork")).not.toBe("analysis.warning.noNetwork");
    expect(englishText("no.such.key", { count: 2 })).toBe("no.such.key");
  });
});
