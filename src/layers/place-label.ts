/**
 * What a place is called in lists, details and the shortlist: its own name when it has one
 * (a reused building keeps the name people know it by), otherwise what it is and where:
 * "Leegstaand pand zonder naam, Kerkstraat 3". Never an internal id. Pure: the words come
 * from the caller's translate function (messages in src/i18n/messages/details.ts).
 */
import type { LayerId } from "./definitions";

/** i18next's t, or anything that answers a key (with options) the same way. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

type Props = Readonly<Record<string, unknown>> | null | undefined;

/** Names in order of preference after name:<language>; old names last, for disused buildings. */
const NAME_KEYS = ["name", "official_name", "alt_name", "loc_name", "old_name", "disused:name", "was:name"];
/** Where a street name may sit in a layer's own properties (OpenStreetMap, then common file fields). */
const STREET_KEYS = ["addr:street", "addr:place", "street", "straat", "straatnaam", "street_name"];
const NUMBER_KEYS = ["addr:housenumber", "housenumber", "huisnummer"];
/** Fields that say what kind of place it is, for a more precise "… zonder naam". */
const KIND_KEYS = ["kind", "leisure", "landuse", "amenity", "place"];

function firstText(props: Props, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = props?.[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return null;
}

/** The place's own name (in the reader's language when the data has it), or null. */
export function placeName(props: Props, lang?: string): string | null {
  return firstText(props, lang ? [`name:${lang}`, ...NAME_KEYS] : NAME_KEYS);
}

/** Street and house number from the place's own properties, when it has them. */
export function placeAddress(props: Props): { street: string | null; number: string | null } {
  return { street: firstText(props, STREET_KEYS), number: firstText(props, NUMBER_KEYS) };
}

/** "Leegstaand pand zonder naam" or, when the kind is known, "Braakliggend terrein zonder naam". */
function unnamed(props: Props, layer: LayerId, t: Translate): string {
  for (const key of KIND_KEYS) {
    const value = props?.[key];
    if (typeof value !== "string" || !/^[a-z_]+$/.test(value)) continue;
    const text = t(`place.unnamed.kind.${value}`, { defaultValue: "" });
    if (text) return text;
  }
  return t(`place.unnamed.${layer}`);
}

/**
 * The label of a place of `layer`: its name, or "<what> zonder naam[, <street> [<number>]]"
 * ("… nr. 3" with a number but no street). `lang` picks a name:<lang> tag first.
 */
export function placeLabel(props: Props, layer: LayerId, t: Translate, lang?: string): string {
  const name = placeName(props, lang);
  if (name) return name;
  const place = unnamed(props, layer, t);
  const { street, number } = placeAddress(props);
  if (street && number) return t("place.where.streetNumber", { place, street, number });
  if (street) return t("place.where.street", { place, street });
  if (number) return t("place.where.number", { place, number });
  return place;
}

/** Labels that occur more than once get a number ("Bank (1)", "Bank (2)"), so list entries stay apart. */
export function numberRepeats(labels: readonly string[], t: Translate): string[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const nth = new Map<string, number>();
  return labels.map((label) => {
    if (counts.get(label) === 1) return label;
    const n = (nth.get(label) ?? 0) + 1;
    nth.set(label, n);
    return t("layers.repeated", { label, n });
  });
}
