/**
 * The coordinate reference systems the importer knows, as proj4 definitions plus the
 * coordinate window where data in each system plausibly lies (for range detection).
 *
 * Datum shifts use full 7-parameter Helmert sets (position-vector convention, as proj4
 * expects) so that results are right to about a metre without grid files.
 */
export type CrsCode = "EPSG:4326" | "EPSG:3857" | "EPSG:31370" | "EPSG:3812" | "EPSG:28992";

export interface CrsDefinition {
  code: CrsCode;
  /** Proper name of the system (not a sentence, shown as is). */
  name: string;
  proj4: string;
  /**
   * Window in the system's own units [minX, minY, maxX, maxY] that data must fit in for the
   * system to be a range-detection candidate: the EPSG area of use plus a neighbouring margin.
   */
  plausible: [number, number, number, number];
}

export const CRS_DEFINITIONS: Record<CrsCode, CrsDefinition> = {
  "EPSG:4326": {
    code: "EPSG:4326",
    name: "WGS 84",
    proj4: "+proj=longlat +datum=WGS84 +no_defs",
    plausible: [-180, -90, 180, 90],
  },
  "EPSG:3857": {
    code: "EPSG:3857",
    name: "WGS 84 / Pseudo-Mercator",
    proj4: "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs",
    // Only northings beyond 1 000 km: smaller values overlap the national grids, and data of
    // this app never lies within 9° of the equator.
    plausible: [-20037508.34, 1_000_000, 20037508.34, 20037508.34],
  },
  "EPSG:31370": {
    code: "EPSG:31370",
    name: "BD72 / Belgian Lambert 72",
    // Helmert parameters of EPSG transformation 15929 "BD72 to WGS 84 (3)", accuracy 1 m.
    proj4:
      "+proj=lcc +lat_0=90 +lon_0=4.36748666666667 +lat_1=51.1666672333333 +lat_2=49.8333339 " +
      "+x_0=150000.013 +y_0=5400088.438 +ellps=intl " +
      "+towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs",
    // Belgium is x 17 700–297 300, y 23 700–245 400; 50 km margin for border data.
    plausible: [-35_000, -30_000, 350_000, 295_000],
  },
  "EPSG:3812": {
    code: "EPSG:3812",
    name: "ETRS89 / Belgian Lambert 2008",
    proj4:
      "+proj=lcc +lat_0=50.797815 +lon_0=4.35921583333333 +lat_1=49.8333333333333 +lat_2=51.1666666666667 " +
      "+x_0=649328 +y_0=665262 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
    // Belgium is x 517 700–797 300, y 521 300–745 100; 50 km margin.
    plausible: [465_000, 470_000, 850_000, 795_000],
  },
  "EPSG:28992": {
    code: "EPSG:28992",
    name: "Amersfoort / RD New",
    // Helmert parameters of EPSG transformation 15739 "Amersfoort to WGS 84 (3)", about 1 m.
    proj4:
      "+proj=sterea +lat_0=52.1561605555556 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 " +
      "+ellps=bessel +towgs84=565.2369,50.0087,465.658,-0.406857,0.350733,-1.87035,4.0812 +units=m +no_defs",
    // The RD grid's own domain (x −7 000–300 000, y 289 000–629 000) with a 50 km margin.
    plausible: [-57_000, 239_000, 350_000, 679_000],
  },
};

export const CRS_CODES = Object.keys(CRS_DEFINITIONS) as CrsCode[];

export function isCrsCode(value: string): value is CrsCode {
  return value in CRS_DEFINITIONS;
}
