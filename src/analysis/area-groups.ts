/**
 * Who a population polygon is and which municipality it belongs to, from the fields the
 * statistics offices use: CBS (WK_CODE/BU_CODE, or `code` like WK036300 → GM0363, GM_NAAM),
 * Statbel (CD_SECTOR like 11002A00- → municipality 11002, CD_MUNTY_REFNIS, TX_MUNTY_DESCR_NL)
 * and the Flemish gemeentegedragen wijken (geoitem 11001W01 → 11001).
 */
import type { Feature, FeatureCollection } from "geojson";

const NAME_FIELDS = ["name", "naam", "wk_naam", "bu_naam", "wijknaam", "buurtnaam", "statnaam", "t_sec_nl", "tx_sector_descr_nl", "tx_descr_nl", "sector_name"];
const CODE_FIELDS = ["code", "wk_code", "bu_code", "wijkcode", "buurtcode", "statcode", "cd_sector", "geoitem", "crs28992res100m", "c28992r100", "c28992r500", "grd_newid", "grd_fixid", "id"];
const MUNI_NAME_FIELDS = ["gm_naam", "gemeentenaam", "gemeente", "municipality", "tx_munty_descr_nl", "t_mun_nl", "tx_munty_descr_fr"];
const MUNI_CODE_FIELDS = ["gm_code", "gemeentecode", "cd_munty_refnis", "cd_refnis", "nis", "niscode"];

function field(props: Record<string, unknown> | null | undefined, names: readonly string[]): string | null {
  if (!props) return null;
  for (const [k, v] of Object.entries(props)) {
    if (!names.includes(k.toLowerCase())) continue;
    if ((typeof v === "string" && v.trim() !== "") || typeof v === "number") return String(v).trim();
  }
  return null;
}

/** The polygon's code and name (either may be missing; the index then stands in). */
export function areaIdentity(props: Record<string, unknown> | null | undefined, index: number): { id: string; name: string } {
  const code = field(props, CODE_FIELDS);
  const name = field(props, NAME_FIELDS);
  return { id: code ?? `#${index + 1}`, name: name ?? code ?? `#${index + 1}` };
}

/** The municipality a polygon belongs to: a key to group by and a label, or null when nothing says. */
export function municipalityOf(props: Record<string, unknown> | null | undefined): { key: string; label: string | null } | null {
  const name = field(props, MUNI_NAME_FIELDS);
  const code = field(props, MUNI_CODE_FIELDS);
  if (code) return { key: code, label: name };
  const own = field(props, CODE_FIELDS);
  if (own) {
    const cbs = /^(?:WK|BU)(\d{4})/i.exec(own);
    if (cbs) return { key: `GM${cbs[1]}`, label: name };
    const nis = /^(\d{5})[A-Z]/i.exec(own);
    if (nis) return { key: nis[1]!, label: name };
  }
  return name ? { key: name, label: name } : null;
}

export interface AreaGroup {
  key: string;
  /** the municipality's name when the file has it */
  label: string | null;
  /** a few of its neighbourhoods' names, for files without municipality names */
  examples: string[];
  features: number;
  residents: number;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: [number, number, number, number];
}

/** Population polygons grouped by municipality, largest first. */
export function areaGroups(fc: FeatureCollection | readonly Feature[]): AreaGroup[] {
  const features = Array.isArray(fc) ? fc : (fc as FeatureCollection).features;
  const groups = new Map<string, AreaGroup>();
  features.forEach((f, i) => {
    const m = municipalityOf(f.properties);
    if (!m) return;
    let g = groups.get(m.key);
    if (!g) groups.set(m.key, (g = { key: m.key, label: m.label, examples: [], features: 0, residents: 0, bbox: [Infinity, Infinity, -Infinity, -Infinity] }));
    g.features++;
    const r = Number(f.properties?.residents);
    if (Number.isFinite(r) && r > 0) g.residents += r;
    if (g.examples.length < 3) g.examples.push(areaIdentity(f.properties, i).name);
    growBbox(g.bbox, f.geometry);
  });
  return [...groups.values()].sort((a, b) => b.residents - a.residents || a.key.localeCompare(b.key));
}

function growBbox(b: [number, number, number, number], g: Feature["geometry"] | null | undefined) {
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === "number") {
      const x = c[0] as number, y = c[1] as number;
      if (x < b[0]) b[0] = x; if (y < b[1]) b[1] = y; if (x > b[2]) b[2] = x; if (y > b[3]) b[3] = y;
      return;
    }
    for (const e of c) walk(e);
  };
  if (g && "coordinates" in g) walk(g.coordinates);
}

export const bboxesOverlap = (a: readonly number[], b: readonly number[]) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
