/**
 * Texts that may be the same in two languages. A test (tests/unit/app/i18n-complete.test.ts)
 * fails when a translation is left identical to another language, because that is nearly
 * always a forgotten string. Allowed without listing: texts with no word of three letters or
 * more once the {{placeholders}} are taken out ("m", "km", "{{percent}} %", "+1").
 */

/** Names: the product, our own attribution, data sources and services that keep their name in every language. */
export const NAMES: readonly string[] = ["app.title", "map.attribution.own", "importUi.osm.heading", "importUi.basemap.pdok"];

/** Words Dutch and English share with each other (and that other languages may share too). */
export const DUTCH_AND_ENGLISH: Record<"nl" | "en", readonly string[]> = {
  nl: [
    "layers.zoomToShort",
    "details.heading",
    "coverage.norm",
    "coverage.limitMarker",
    "details.key.website",
    "details.key.addr_postcode",
    "details.key.sport",
    "details.value.park",
    "importUi.heading",
    "proposalsUi.details.contact",
    "proposals.practice.repair-cafe.name",
    "pwa.update.later",
  ],
  en: [],
};
