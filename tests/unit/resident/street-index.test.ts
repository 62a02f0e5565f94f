import { describe, expect, it } from "vitest";
import { findStreets, streetIndex } from "../../../src/app/resident/street-index";
import { isInside, loadedBounds } from "../../../src/app/resident/loaded-area";
import { demoDataset } from "../../../src/data/load-demo";
import type { PlaceCollection } from "../../../src/state/types";

const network: PlaceCollection = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: { id: "a", name: "Kerkstraat" }, geometry: { type: "LineString", coordinates: [[3, 52], [3.001, 52], [3.002, 52]] } },
    { type: "Feature", properties: { id: "b", name: " kerkstraat " }, geometry: { type: "LineString", coordinates: [[3.002, 52], [3.003, 52]] } },
    { type: "Feature", properties: { id: "c", name: "Rue de l'Église" }, geometry: { type: "MultiLineString", coordinates: [[[3.1, 52.1], [3.1, 52.2]]] } },
    { type: "Feature", properties: { id: "d", name: "" }, geometry: { type: "LineString", coordinates: [[4, 53], [4, 53.1]] } },
    { type: "Feature", properties: { id: "e", name: "Bergkerkweg" }, geometry: { type: "LineString", coordinates: [[3.2, 52], [3.2, 52.01]] } },
  ],
};

describe("street index", () => {
  const streets = streetIndex([demoDataset("network", network)]);

  it("lists each named street once, with a point on it near its middle", () => {
    expect(streets.map((s) => s.name)).toEqual(["Bergkerkweg", "Kerkstraat", "Rue de l'Église"]);
    const kerk = streets.find((s) => s.name === "Kerkstraat")!;
    expect(kerk.at[1]).toBe(52);
    expect(kerk.at[0]).toBeGreaterThanOrEqual(3.001);
    expect(kerk.at[0]).toBeLessThanOrEqual(3.002);
  });

  it("finds by any part of the name, ignoring case and accents, starts first", () => {
    expect(findStreets(streets, "kerk").map((s) => s.name)).toEqual(["Kerkstraat", "Bergkerkweg"]);
    expect(findStreets(streets, "eglise").map((s) => s.name)).toEqual(["Rue de l'Église"]);
    expect(findStreets(streets, "  ")).toEqual([]);
  });

  it("leaves hidden networks and other kinds out", () => {
    expect(streetIndex([{ ...demoDataset("network", network), hidden: true }, demoDataset("meeting", network)])).toEqual([]);
  });
});

describe("loaded area", () => {
  it("is the network's extent, with a little slack", () => {
    const bounds = loadedBounds([demoDataset("network", network)]);
    expect(bounds).toEqual([3, 52, 4, 53.1]);
    expect(isInside(bounds, [3.5, 52.5])).toBe(true);
    expect(isInside(bounds, [4.001, 53.1])).toBe(true);
    expect(isInside(bounds, [5, 52.5])).toBe(false);
    expect(isInside(null, [5, 52.5])).toBe(true);
  });
});
