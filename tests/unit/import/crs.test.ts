import proj4 from "proj4";
import { describe, expect, it } from "vitest";
import { CRS_DEFINITIONS, crsCandidatesByRange, crsFromPrj, fromWgs84, parseCrsMember, parseCrsName, toWgs84 } from "../../../src/data/crs/index.ts";
import { metres } from "./helpers.ts";

const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;
/** Geographic coordinates on a CRS's own datum: isolates the map projection from the datum shift. */
const geographicOf = (code: keyof typeof CRS_DEFINITIONS) => CRS_DEFINITIONS[code].proj4.replace(/\+proj=\S+/, "+proj=longlat").replace(/\+(lat_\d|lon_0|x_0|y_0|k|units)=\S+/g, "");

describe("control points", () => {
  it("Lambert 72 projection matches the EPSG Guidance Note 7-2 worked example (Belgium LCC) within 5 cm", () => {
    // EPSG GN 7-2, Lambert Conic Conformal (2SP Belgium): φ 50°40'46.461"N, λ 5°48'26.533"E → E 251763.20, N 153034.13.
    const [e, n] = proj4(geographicOf("EPSG:31370"), CRS_DEFINITIONS["EPSG:31370"].proj4).forward([dms(5, 48, 26.533), dms(50, 40, 46.461)]);
    expect(Math.hypot(e - 251763.2, n - 153034.13)).toBeLessThan(0.05);
  });

  it("RD New projection matches the EPSG Guidance Note 7-2 worked example (oblique stereographic) within 1 cm", () => {
    // EPSG GN 7-2, Oblique Stereographic, Amersfoort / RD New: φ 53°N, λ 6°E → E 196105.283, N 557057.739.
    const [e, n] = proj4(geographicOf("EPSG:28992"), CRS_DEFINITIONS["EPSG:28992"].proj4).forward([6, 53]);
    expect(Math.hypot(e - 196105.283, n - 557057.739)).toBeLessThan(0.01);
  });

  it("RD New to WGS 84 puts the Amersfoort tower within 2 m of its published ETRS89 position", () => {
    // RDNAPTRANS reference point: the Onze Lieve Vrouwetoren, RD (155000, 463000) = ETRS89 52°09'18.6279"N 5°23'13.9424"E.
    const got = toWgs84("EPSG:28992")([155000, 463000]);
    expect(metres(got, [dms(5, 23, 13.9424), dms(52, 9, 18.6279)])).toBeLessThan(2);
  });

  it("Lambert 2008 puts its own origin (defined on ETRS89) at 649328, 665262", () => {
    // NGI definition of EPSG:3812: origin 50°47'52.134"N 4°21'33.177"E.
    const [e, n] = fromWgs84("EPSG:3812")([dms(4, 21, 33.177), dms(50, 47, 52.134)]);
    expect(Math.hypot(e - 649328, n - 665262)).toBeLessThan(1);
  });

  it("Grote Markt, Groenplaats and Dam land at the same place from every CRS (round trip within 1 cm)", () => {
    // WGS 84 positions of the three squares as mapped in OpenStreetMap (centre of each square).
    const places = { grandPlace: [4.35242, 50.84675], groenplaats: [4.40097, 51.21896], dam: [4.89253, 52.37308] };
    for (const code of ["EPSG:31370", "EPSG:3812", "EPSG:28992", "EPSG:3857"] as const) {
      for (const wgs of Object.values(places)) expect(metres(toWgs84(code)(fromWgs84(code)(wgs)), wgs)).toBeLessThan(0.01);
    }
  });

  it("Lambert 72's 7-parameter shift agrees within 2 m with EPSG's independent 3-parameter BD72 → WGS 84 (1)", () => {
    // EPSG transformation 1609 is a pure translation (-125.8, 79.9, -100.5 m): no rotation-sign
    // convention to get wrong, so it checks the sign of the 7-parameter set (wrong signs are ~65 m off).
    const translated = CRS_DEFINITIONS["EPSG:31370"].proj4.replace(/\+towgs84=\S+/, "+towgs84=-125.8,79.9,-100.5");
    for (const p of [[148849.8, 170705.2], [30000, 200000], [250000, 60000], [240000, 220000]]) {
      expect(metres(toWgs84("EPSG:31370")(p), proj4(translated, "WGS84").forward(p))).toBeLessThan(2);
    }
  });

  it("Lambert 72 uses the 7-parameter shift of EPSG transformation 15929, not a bare ellipsoid (which is ~100 m off)", () => {
    const bare = proj4(CRS_DEFINITIONS["EPSG:31370"].proj4.replace(/\+towgs84=\S+/, ""), "WGS84").forward([148849.8, 170705.2]);
    const full = toWgs84("EPSG:31370")([148849.8, 170705.2]);
    expect(metres(bare, full)).toBeGreaterThan(50);
    expect(CRS_DEFINITIONS["EPSG:31370"].proj4).toContain("+towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747");
  });
});

describe("CRS names", () => {
  it.each([
    ["EPSG:28992", "EPSG:28992"],
    ["epsg:31370", "EPSG:31370"],
    ["urn:ogc:def:crs:EPSG::28992", "EPSG:28992"],
    ["urn:ogc:def:crs:EPSG:6.3:31370", "EPSG:31370"],
    ["http://www.opengis.net/def/crs/EPSG/0/3812", "EPSG:3812"],
    ["http://www.opengis.net/gml/srs/epsg.xml#28992", "EPSG:28992"],
    ["urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326"],
    ["EPSG:900913", "EPSG:3857"],
    ["3857", "EPSG:3857"],
  ])("reads %s", (name, code) => {
    expect(parseCrsName(name)).toEqual({ code });
  });

  it("names unknown systems", () => {
    expect(parseCrsName("EPSG:2154")).toEqual({ unknown: "EPSG:2154" });
    expect(parseCrsMember({ type: "EPSG", properties: { code: 31370 } })).toEqual({ code: "EPSG:31370" });
    expect(parseCrsMember("nonsense")).toBeNull();
  });
});

describe(".prj detection", () => {
  const esri = (proj: string, geog: string) => `PROJCS["${proj}",GEOGCS["${geog}",DATUM["D",SPHEROID["S",6378388.0,297.0]]],UNIT["Meter",1.0]]`;
  it.each([
    [esri("Belge_Lambert_1972", "GCS_Belge_1972"), "EPSG:31370"],
    [esri("BD72_Belgian_Lambert_72", "GCS_Belge_1972"), "EPSG:31370"],
    [esri("Belge_Lambert_2008", "GCS_ETRS_1989"), "EPSG:3812"],
    [esri("ETRS_1989_Belgian_Lambert_2008", "GCS_ETRS_1989"), "EPSG:3812"],
    [esri("RD_New", "GCS_Amersfoort"), "EPSG:28992"],
    [esri("Amersfoort_RD_New", "GCS_Amersfoort"), "EPSG:28992"],
    [esri("WGS_1984_Web_Mercator_Auxiliary_Sphere", "GCS_WGS_1984"), "EPSG:3857"],
    ['GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]]', "EPSG:4326"],
    ['PROJCS["Some local grid",GEOGCS["x"],AUTHORITY["EPSG","31370"]]', "EPSG:31370"],
  ])("detects %s", (wkt, code) => {
    expect(crsFromPrj(wkt)).toEqual({ code });
  });

  it("reports an unknown projected system by name", () => {
    expect(crsFromPrj(esri("RGF93_Lambert_93", "GCS_RGF_1993"))).toEqual({ unknown: "RGF93_Lambert_93" });
  });
});

describe("detection by coordinate ranges", () => {
  it("takes degrees as WGS 84 and each national grid where it is unique", () => {
    expect(crsCandidatesByRange([[4.4, 51.2]]).map((c) => c.crs)).toEqual(["EPSG:4326"]);
    expect(crsCandidatesByRange([[148849.8, 170705.2], [152250.6, 212113]]).map((c) => c.crs)).toEqual(["EPSG:31370"]);
    expect(crsCandidatesByRange([[121313, 487359.9]]).map((c) => c.crs)).toEqual(["EPSG:28992"]);
    expect(crsCandidatesByRange([[648849.4, 670705.5]]).map((c) => c.crs)).toEqual(["EPSG:3812"]);
    expect(crsCandidatesByRange([[484509.2, 6594230.2]]).map((c) => c.crs)).toEqual(["EPSG:3857"]);
  });

  it("offers both Lambert 72 and RD New where their ranges overlap, saying where each puts the data", () => {
    const candidates = crsCandidatesByRange([[150000, 260000], [151000, 261000]]);
    expect(candidates.map((c) => [c.crs, c.country])).toEqual([["EPSG:31370", "NL"], ["EPSG:28992", "BE"]]);
    const [lambert, rd] = candidates;
    expect(lambert.bboxWgs84[1]).toBeGreaterThan(51.6);
    expect(rd.bboxWgs84[3]).toBeLessThan(50.4);
  });

  it("finds nothing for numbers no known system holds", () => {
    expect(crsCandidatesByRange([[5e7, 5e7]])).toEqual([]);
  });
});
