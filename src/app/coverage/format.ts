/**
 * Every number the app shows goes through one of these, in the reader's language (6.902 and
 * 88,6 in Dutch, 6,902 and 88.6 in English): one helper per kind of number. Messages format
 * their numbers with the same helpers through `{{count, count}}` and `{{value, decimal}}`
 * (see addNumberFormats), so a count passed to t() for its plural is shown formatted too.
 */
import type { i18n as I18n } from "i18next";
import { metresToMinutes } from "../../analysis/walking";

// Intl.NumberFormat is slow to build and the panel formats on every drag step: one per language and kind.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: string, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}|${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(lang, { maximumFractionDigits })));
  return f;
}

/** Whole things: residents (never "2030,525 inwoners"), objects, metres, votes. */
export const formatCount = (n: number, lang: string) => formatter(lang, 0).format(n);

/** Measures with one decimal where it matters: km², MB, km/h. */
export const formatDecimal = (n: number, lang: string) => formatter(lang, 1).format(n);

/** An area given in m², in hectares with one decimal ("88,6"). */
export const formatHectares = (m2: number, lang: string) => formatDecimal(m2 / 10_000, lang);

/** A share (0–1) as a percentage number with at most one decimal ("42,5"); the % sign is in the message. */
export const formatPercent = (share: number, lang: string) => formatDecimal(share * 100, lang);

/** Minutes' walk, rounded to a whole minute (a half for short walks). */
export function formatMinutes(metres: number, kmh: number, lang: string): string {
  const minutes = metresToMinutes(metres, kmh);
  return formatter(lang, minutes < 10 ? 1 : 0).format(minutes);
}

/**
 * Lets messages format their numbers: "{{count, count}} objecten", "{{area, decimal}} km²".
 * Only numbers are formatted; a value the caller formatted already (a string) is left alone.
 * Called once on the app's i18next instance, right after it is made.
 */
export function addNumberFormats(i18n: Pick<I18n, "services" | "language">): void {
  const as = (format: (n: number, lang: string) => string) => (value: unknown, lng: string | undefined) =>
    typeof value === "number" && Number.isFinite(value) ? format(value, lng ?? i18n.language) : String(value);
  i18n.services.formatter?.add("count", as(formatCount));
  i18n.services.formatter?.add("decimal", as(formatDecimal));
}
