import { describe, expect, it } from "vitest";
import { limitFromInput, limitInUnit, settingsForNorm, settingsForSpeed } from "../../../src/coverage/walking-limit";
import { DEFAULT_COVERAGE_SETTINGS } from "../../../src/state/slices/coverage";
import type { CoverageSettings } from "../../../src/state/types";

const base: CoverageSettings = DEFAULT_COVERAGE_SETTINGS;

describe("the walking limit in metres or minutes", () => {
  it("takes a minutes norm at the walking speed, a distance norm as it is", () => {
    expect(settingsForNorm("basic-services", 4.8)).toEqual({ normId: "basic-services", limitM: 1200, limitUnit: "min" });
    expect(settingsForNorm("basic-services", 3.6)).toEqual({ normId: "basic-services", limitM: 900, limitUnit: "min" });
    expect(settingsForNorm("woongroen", 3.6)).toEqual({ normId: "woongroen", limitM: 150, limitUnit: "m" });
    expect(settingsForNorm("custom", 4.8)).toEqual({ normId: "custom" });
  });

  it("shortens a walking time for slower walkers and keeps a walking distance", () => {
    const basic = { ...base, ...settingsForNorm("basic-services", 4.8) } as CoverageSettings;
    expect(settingsForSpeed(basic, 3.6)).toEqual({ speedKmh: 3.6, limitM: 900 });
    const green = { ...base, ...settingsForNorm("buurtgroen", 4.8) } as CoverageSettings;
    expect(settingsForSpeed(green, 3.6)).toEqual({ speedKmh: 3.6 });
    const typedMinutes: CoverageSettings = { ...base, limitUnit: "min", limitM: 800 }; // 10 min at 4.8
    expect(settingsForSpeed(typedMinutes, 3.6)).toEqual({ speedKmh: 3.6, limitM: 600 });
  });

  it("shows and reads the limit in the chosen unit, refusing values out of range", () => {
    const minutes: CoverageSettings = { ...base, limitUnit: "min", limitM: 400 };
    expect(limitInUnit(minutes)).toBe(5);
    expect(limitFromInput(10, minutes)).toBe(800);
    expect(limitInUnit(base)).toBe(400);
    expect(limitFromInput(750, base)).toBe(750);
    expect(limitFromInput(10, base)).toBeNull();
    expect(limitFromInput(Number.NaN, base)).toBeNull();
    expect(limitFromInput(200, minutes)).toBeNull();
  });
});
