import type { LayerKind } from "../import/layer-kinds.ts";

/**
 * The OpenStreetMap tag table: which tags put a feature in which layer. docs/osm-tags.md
 * explains it in prose; a test checks that every tag here is named there.
 */
export type TagCondition =
  /** The key is present (with one of `values`, when given); `prefix` matches keys like "disused:shop". */
  | { key: string; values?: readonly string[]; prefix?: boolean; not?: false }
  /** The key is absent, or has none of `values`. */
  | { key: string; values?: readonly string[]; prefix?: false; not: true }
  /** The feature is an area (polygon) in OpenStreetMap. */
  | { area: true };

export interface TagRule {
  kind: LayerKind;
  /** All conditions must hold. */
  when: readonly TagCondition[];
  /** The rule does not apply when every condition of any one of these groups holds. */
  unless?: readonly (readonly TagCondition[])[];
}

/** Highway values people can walk along. Motorways, trunk roads and roads under construction are not. */
export const WALKABLE_HIGHWAYS = [
  "footway", "path", "pedestrian", "living_street", "residential", "service", "steps", "track",
  "unclassified", "tertiary", "tertiary_link", "secondary", "secondary_link", "primary", "primary_link",
  "road", "corridor", "bridleway",
] as const;

/** Foot values that allow walking despite access=private/no. */
const FOOT_ALLOWED = ["yes", "designated", "permissive"] as const;

/**
 * Walking is not allowed: foot=no or foot=private, or access=private/no without a foot value
 * that allows it.
 */
const NO_WALKING: readonly (readonly TagCondition[])[] = [
  [{ key: "foot", values: ["no", "private"] }],
  [{ key: "access", values: ["private", "no"] }, { key: "foot", values: FOOT_ALLOWED, not: true }],
];

/**
 * Lifecycle keys that describe no vacant place: a former boundary or a disused footway is not
 * a lot or a building standing empty.
 */
export const LIFECYCLE_NOT_A_PLACE = ["boundary", "political_division", "admin_level", "highway", "route"] as const;

const notAPlace = (prefix: string) => LIFECYCLE_NOT_A_PLACE.map((key) => [{ key: prefix + key }]);

export const TAG_TABLE: readonly TagRule[] = [
  { kind: "benches", when: [{ key: "amenity", values: ["bench"] }] },

  { kind: "squares", when: [{ key: "place", values: ["square"] }] },
  { kind: "squares", when: [{ key: "highway", values: ["pedestrian"] }, { area: true }] },
  { kind: "squares", when: [{ key: "area:highway", values: ["pedestrian"] }] },

  { kind: "green", when: [{ key: "leisure", values: ["park", "playground", "garden"] }] },
  { kind: "green", when: [{ key: "landuse", values: ["grass", "village_green", "recreation_ground"] }] },

  { kind: "vacant", when: [{ key: "historic", values: ["ruins"] }] },
  { kind: "vacant", when: [{ key: "ruins", values: ["yes"] }] },
  { kind: "vacant", when: [{ key: "building", values: ["ruins"] }] },
  { kind: "vacant", when: [{ key: "disused:", prefix: true }], unless: notAPlace("disused:") },
  { kind: "vacant", when: [{ key: "abandoned:", prefix: true }], unless: notAPlace("abandoned:") },
  { kind: "vacant", when: [{ key: "disused", values: ["yes"] }] },
  { kind: "vacant", when: [{ key: "abandoned", values: ["yes"] }] },
  { kind: "vacant", when: [{ key: "landuse", values: ["brownfield", "greenfield"] }] },

  { kind: "meeting", when: [{ key: "amenity", values: ["community_centre", "social_centre", "library", "townhall", "arts_centre"] }] },
  { kind: "meeting", when: [{ key: "amenity", values: ["social_facility"] }, { key: "social_facility:for", values: ["juvenile"] }] },
  { kind: "meeting", when: [{ key: "community_centre", values: ["youth_centre"] }] },
  { kind: "meeting", when: [{ key: "amenity", values: ["youth_centre"] }] },

  { kind: "network", when: [{ key: "highway", values: WALKABLE_HIGHWAYS }], unless: NO_WALKING },
  // The surface of a square or pedestrian street drawn beside its lines: walkable across.
  { kind: "network", when: [{ key: "area:highway", values: ["pedestrian"] }, { area: true }], unless: NO_WALKING },
  // Cycle paths only where walking is allowed explicitly (Dutch and Flemish fietspaden often forbid it).
  { kind: "network", when: [{ key: "highway", values: ["cycleway"] }, { key: "foot", values: FOOT_ALLOWED }] },
];

/**
 * A `place=square` area joins the walking network only where a path comes onto it (decided
 * after sorting, in join-squares.ts): the square is then walkable across.
 */
export const SQUARE_ON_NETWORK: TagRule = { kind: "network", when: [{ key: "place", values: ["square"] }, { area: true }], unless: NO_WALKING };

/**
 * Context: features with these keys that no layer above takes (buildings, water, rail,
 * other amenities...) are kept for display. Anything else is skipped as unclassified.
 */
export const CONTEXT_KEYS = [
  "building", "landuse", "natural", "water", "waterway", "railway", "amenity", "leisure", "shop",
  "tourism", "highway", "man_made", "historic",
] as const;
