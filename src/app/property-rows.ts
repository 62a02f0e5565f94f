/**
 * A place's properties as people read them: common keys as words ("Openingsuren",
 * "Eigenaar: privé"), numbers in the reader's language, and no internal ids. Keys without a
 * word of their own are listed as "key = value" text. Values stay text (never HTML).
 */
import type { Translate } from "../layers/place-label";
import { formatCount, formatDecimal } from "./coverage/format";

export interface PropertyRow {
  key: string;
  label: string;
  value: string;
}

/** Ids of our own (properties.id), of OpenStreetMap ("@id": "way/123") and of the source file. */
const INTERNAL = new Set(["id", "@id", "source_id"]);
/** Counted in people or things: shown whole, never "2030,525 inwoners". */
const WHOLE = new Set(["residents", "population", "inwoners", "bewoners", "seats", "capacity", "levels", "building:levels", "area_m2"]);

/** Numbers that are labels, not amounts: a year, a postcode, a house number ("2016", never "2.016"). */
const LABEL_NUMBER = /(code|zip|year|jaar|date|datum|since|sinds|number|nummer|nr|ref|id)$/i;

/** The name is the heading; name:<language> variants would only repeat it. */
const isName = (key: string) => key === "name" || key.startsWith("name:");

/** i18next reads ":" as a namespace separator and "." as a nesting one. */
const token = (s: string) => s.replace(/[:.]/g, "_");

function valueText(key: string, value: unknown, t: Translate, lang: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    if (LABEL_NUMBER.test(key)) return String(value);
    return WHOLE.has(key) || Number.isInteger(value) ? formatCount(value, lang) : formatDecimal(value, lang);
  }
  if (typeof value === "boolean") return t(`details.value.${value ? "yes" : "no"}`);
  if (typeof value === "object") return JSON.stringify(value);
  const text = String(value);
  // Only a plain OSM-style token can have a word ("private", "paving_stones"); the rest is shown as it is.
  return /^[a-z_]+$/.test(text) ? t(`details.value.${text}`, { defaultValue: text }) : text;
}

/** Rows with a word for the key, then the others as "key = value". */
export function propertyRows(props: Readonly<Record<string, unknown>> | null | undefined, t: Translate, lang: string): { rows: PropertyRow[]; other: string[] } {
  const rows: PropertyRow[] = [];
  const other: string[] = [];
  for (const [key, raw] of Object.entries(props ?? {})) {
    if (INTERNAL.has(key) || isName(key)) continue;
    const value = valueText(key, raw, t, lang);
    if (value === "") continue;
    const label = t(`details.key.${token(key)}`, { defaultValue: "" });
    if (label) rows.push({ key, label, value });
    else other.push(`${key} = ${value}`);
  }
  return { rows, other };
}
