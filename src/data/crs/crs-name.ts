import { isCrsCode, type CrsCode } from "./definitions.ts";

/** EPSG numbers that mean one of our systems for this app's purpose (same CRS or within a metre). */
const ALIASES: Record<string, CrsCode> = {
  "4326": "EPSG:4326",
  "4258": "EPSG:4326", // ETRS89 geographic: within a metre of WGS 84 in Europe.
  CRS84: "EPSG:4326",
  "3857": "EPSG:3857",
  "900913": "EPSG:3857",
  "3785": "EPSG:3857",
  "102100": "EPSG:3857",
  "102113": "EPSG:3857",
  "31370": "EPSG:31370",
  "3812": "EPSG:3812",
  "28992": "EPSG:28992",
};

export type CrsNameResult = { code: CrsCode } | { unknown: string };

/**
 * Reads any common spelling of a CRS name: "EPSG:28992", "urn:ogc:def:crs:EPSG::28992",
 * "urn:ogc:def:crs:EPSG:6.3:28992", "http://www.opengis.net/def/crs/EPSG/0/28992",
 * ".../epsg.xml#28992", "urn:ogc:def:crs:OGC:1.3:CRS84", or a bare number.
 */
export function parseCrsName(name: string): CrsNameResult {
  const trimmed = name.trim();
  if (isCrsCode(trimmed.toUpperCase())) return { code: trimmed.toUpperCase() as CrsCode };
  if (/crs\s*84$/i.test(trimmed)) return { code: "EPSG:4326" };
  // The EPSG number is the last run of digits after an EPSG marker (or the whole string).
  const match = /(?:epsg[^0-9]*(?:[0-9.]*[:/])?|^)(\d{4,6})\s*$/i.exec(trimmed);
  const code = match ? ALIASES[match[1]] : undefined;
  return code ? { code } : { unknown: trimmed };
}

/**
 * Reads the legacy GeoJSON `crs` member (2008 spec): `{type:"name",properties:{name}}` or
 * `{type:"EPSG",properties:{code}}`. Returns null when there is no usable member.
 */
export function parseCrsMember(crs: unknown): CrsNameResult | null {
  if (!crs || typeof crs !== "object") return null;
  const props = (crs as { properties?: Record<string, unknown> }).properties;
  if (!props || typeof props !== "object") return null;
  if (typeof props.name === "string") return parseCrsName(props.name);
  if (typeof props.code === "string" || typeof props.code === "number") return parseCrsName(String(props.code));
  return null;
}
