import { describe, expect, it } from "vitest";
import { estimateResidents, FLOOR_M2_PER_RESIDENT, homeFloorAreaM2, isBuilding } from "../../../src/analysis/buildings.ts";
import { areaGroups, areaIdentity, municipalityOf } from "../../../src/analysis/area-groups.ts";
import { findPopulationField, toResidents } from "../../../src/data/import/residents.ts";
import { fc, point, rect } from "../analysis/helpers.ts";

describe("residents estimated from buildings", () => {
  it("counts homes by floor area (levels where tagged, a default per type) and leaves other buildings out", () => {
    expect(homeFloorAreaM2({ building: "house" }, 80)).toBe(160);
    expect(homeFloorAreaM2({ building: "apartments", "building:levels": "6" }, 500)).toBe(3000);
    expect(homeFloorAreaM2({ building: "yes" }, 100)).toBe(200);
    expect(homeFloorAreaM2({ building: "yes", amenity: "school" }, 1000)).toBe(0);
    expect(homeFloorAreaM2({ building: "church" }, 600)).toBe(0);
    expect(homeFloorAreaM2({ building: "house" }, 12)).toBe(0); // a shed
    const e = estimateResidents(fc(rect(0, 0, 10, 10, { building: "house" }), rect(50, 0, 70, 20, { building: "apartments", "building:levels": "4" }), rect(100, 0, 140, 40, { building: "industrial" })));
    expect(e.homes).toBe(2);
    expect(e.buildings).toBe(3);
    const total = e.residents.features.reduce((a, f) => a + f.properties.residents, 0);
    expect(total).toBeCloseTo((100 * 2 + 400 * 4) / FLOOR_M2_PER_RESIDENT, 1);
    expect(e.residents.features.every((f) => f.properties.estimate)).toBe(true);
  });

  it("recognises buildings among context features by their building field", () => {
    expect(isBuilding(rect(0, 0, 1, 1, { building: "yes" }))).toBe(true);
    expect(isBuilding(rect(0, 0, 1, 1, { building: "no" }))).toBe(false);
    expect(isBuilding(rect(0, 0, 1, 1, { landuse: "residential" }))).toBe(false);
    expect(isBuilding(point(0, 0, { building: "yes" }))).toBe(false);
  });
});

describe("population fields of the statistics offices", () => {
  const polys = (props: Record<string, unknown>[]) => props.map((p, i) => rect(i * 100, 0, i * 100 + 90, 90, p));
  it("finds CBS, Statbel and grid fields, and the newest year of a year-suffixed one", () => {
    expect(findPopulationField(polys([{ WK_CODE: "WK036300", WK_NAAM: "Burgwallen", AANT_INW: 4550 }]))).toBe("AANT_INW");
    expect(findPopulationField(polys([{ crs28992res100m: "E1200N4870", aantal_inwoners: 35 }]))).toBe("aantal_inwoners");
    expect(findPopulationField(polys([{ code: "WK001400", population: 23065, pop_0_14: 3 }]))).toBe("population");
    expect(findPopulationField(polys([{ CD_SECTOR: "11002A00-", TX_SECTOR_DESCR_NL: "Centrum", POPULATION: 812 }]))).toBe("POPULATION");
    expect(findPopulationField(polys([{ CD_SECTOR: "11002A00-", TOTAL: 812 }]))).toBe("TOTAL");
    expect(findPopulationField(polys([{ GRD_NEWID: "1kmN3100E3900", MS_POPULATION_2021: 50, MS_POPULATION_2022: 51 }]))).toBe("MS_POPULATION_2022");
    expect(findPopulationField([point(0, 0, { adres: "Kerkstraat 1", inwoners: 3 })])).toBe("inwoners");
    expect(findPopulationField(polys([{ naam: "park" }]))).toBeNull();
  });

  it("treats CBS's suppressed counts (negative numbers) as unknown, and says how many", () => {
    const { features, skipped } = toResidents(polys([{ aantal_inwoners: 35 }, { aantal_inwoners: -99997 }, { aantal_inwoners: -99997 }, { aantal_inwoners: null }]), "aantal_inwoners");
    expect(features).toHaveLength(1);
    expect(features[0].properties?.residents).toBe(35);
    expect(skipped.list()).toEqual(expect.arrayContaining([{ reason: "import.skip.populationNegative", count: 2 }, { reason: "import.skip.populationMissing", count: 1 }]));
  });
});

describe("who a population polygon is, and its municipality", () => {
  it("reads CBS codes, Statbel sectors and Flemish neighbourhoods", () => {
    expect(municipalityOf({ code: "WK036312", name: "Oostelijk Havengebied" })).toEqual({ key: "GM0363", label: null });
    expect(municipalityOf({ BU_CODE: "BU03630000", GM_NAAM: "Amsterdam" })).toEqual({ key: "GM0363", label: "Amsterdam" });
    expect(municipalityOf({ CD_SECTOR: "11002A00-", TX_MUNTY_DESCR_NL: "Antwerpen" })).toEqual({ key: "11002", label: "Antwerpen" });
    expect(municipalityOf({ geoitem: "11001W01", naam: "Aartselaar-Centrum" })?.key).toBe("11001");
    expect(areaIdentity({ code: "WK036312", name: "Oostelijk Havengebied" }, 4)).toEqual({ id: "WK036312", name: "Oostelijk Havengebied" });
    expect(areaIdentity({}, 4)).toEqual({ id: "#5", name: "#5" });
  });

  it("groups polygons by municipality with their residents, largest first", () => {
    const groups = areaGroups(fc(
      rect(0, 0, 10, 10, { code: "WK036300", name: "Centrum", residents: 100 }),
      rect(20, 0, 30, 10, { code: "WK036301", name: "Oost", residents: 50 }),
      rect(40, 0, 50, 10, { code: "WK001400", name: "Centrum", residents: 30 }),
    ));
    expect(groups.map((g) => [g.key, g.features, g.residents])).toEqual([["GM0363", 2, 150], ["GM0014", 1, 30]]);
    expect(groups[0].examples).toEqual(["Centrum", "Oost"]);
  });
});
