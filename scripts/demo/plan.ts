// The layout of Ontmoetingswijk as data: street grids per zone and what stands in each block.
// A canal runs east–west (y ≈ 381–409 m) and a railway north–south (x = 350 m); they cut the
// neighbourhood into four street grids that only bridges and a tunnel join. The grids are only
// the topology: grid.ts bends them, and old roads cut the Oude Kern diagonally.

export type ZoneId = "oudeKern" | "spoorzijde" | "kanaalWest" | "kanaalOost";
export type SubareaId = "oude-kern" | "spoorzijde" | "kanaalkant";

export interface Zone {
  id: ZoneId;
  subarea: SubareaId;
  /** Street lines running north–south (x, metres) and east–west (y, metres). */
  xs: number[];
  ys: number[];
  namesX: string[];
  namesY: string[];
  /** How far (m) smooth noise moves its street nodes, and how much its streets bow between them. */
  warp: number;
  bow: number;
}

export const HALF_SIZE = 750;
export const CANAL = { south: 381, north: 409, name: "Ontmoetingsvaart" } as const;
export const RAIL = { x: 350, name: "Spoorlijn 97 (fictief)" } as const;

// Uneven spacing: old plots were laid out field by field, not by a surveyor's rule.
const WEST_XS = [-740, -640, -505, -400, -280, -180, -60, 45, 170, 255, 330];
const EAST_XS = [370, 480, 590, 740];
const SOUTH_YS = [-740, -650, -540, -445, -315, -210, -95, 10, 135, 250, 375];
const NORTH_YS = [415, 520, 630, 740];

const WEST_NAMES = ["Westerring", "Wilgenstraat", "Lindenlaan", "Brouwersstraat", "Kerkstraat", "Marktstraat", "Gasthuisstraat", "Molenstraat", "Kaaistraat", "Zijdestraat", "Spoorweglaan"];
const EAST_NAMES = ["Spoorstraat", "Seinhuisstraat", "Wisselstraat", "Oosterrand"];
const SOUTH_NAMES = ["Zuiderring", "Akkerstraat", "Tuinstraat", "Schoolstraat", "Tunnelstraat", "Pastoriestraat", "Dorpsstraat", "Ridderstraat", "Brugstraat", "Weverstraat", "Zuidkaai"];
const NORTH_NAMES = ["Noordkaai", "Dokstraat", "Scheepsstraat", "Noorderring"];

export const ZONES: Zone[] = [
  // The medieval core wanders most; Kanaalkant was laid out in the 20th century and stays regular.
  { id: "oudeKern", subarea: "oude-kern", xs: WEST_XS, ys: SOUTH_YS, namesX: WEST_NAMES, namesY: SOUTH_NAMES, warp: 36, bow: 9 },
  { id: "spoorzijde", subarea: "spoorzijde", xs: EAST_XS, ys: SOUTH_YS, namesX: EAST_NAMES, namesY: SOUTH_NAMES, warp: 12, bow: 3 },
  { id: "kanaalWest", subarea: "kanaalkant", xs: WEST_XS, ys: NORTH_YS, namesX: WEST_NAMES, namesY: NORTH_NAMES, warp: 8, bow: 2 },
  { id: "kanaalOost", subarea: "kanaalkant", xs: EAST_XS, ys: NORTH_YS, namesX: EAST_NAMES, namesY: NORTH_NAMES, warp: 8, bow: 2 },
];

/** A road older than the grid, through grid nodes [col, row] of one zone. */
export interface OldRoad {
  zone: ZoneId;
  name: string;
  route: [number, number][];
  /** How far (m) the road swings left of the straight line between its ends, at its middle. */
  swing: number;
}

/**
 * The old roads that made the Oude Kern: the steenweg runs from the south edge diagonally to the
 * church, where it bends north to the Molenbrug; the Kerkweg comes down from the Brouwersbrug to
 * the same church. A diagonal step splits a block into two triangles; a straight step takes
 * over that grid street.
 */
export const OLD_ROADS: OldRoad[] = [
  { zone: "oudeKern", name: "Oude Steenweg", route: [[1, 0], [2, 1], [3, 2], [4, 3], [5, 4], [6, 5], [7, 6], [7, 7], [7, 8], [7, 9], [7, 10]], swing: 60 },
  { zone: "oudeKern", name: "Kerkweg", route: [[3, 10], [4, 9], [5, 8], [6, 7]], swing: -15 },
];

/** Grid street pieces never built, so neighbouring blocks merge into longer ones: [col, row] pairs. */
export const MISSING_STREETS: { zone: ZoneId; from: [number, number]; to: [number, number] }[] = [
  { zone: "kanaalWest", from: [6, 1], to: [6, 2] },
  { zone: "kanaalWest", from: [9, 2], to: [9, 3] },
  { zone: "kanaalWest", from: [4, 2], to: [4, 3] },
  { zone: "kanaalOost", from: [2, 2], to: [2, 3] },
  // In the old core they make T-junctions and blocks of every size, as centuries of building left them.
  { zone: "oudeKern", from: [9, 1], to: [9, 2] },
  { zone: "oudeKern", from: [1, 7], to: [2, 7] },
  { zone: "oudeKern", from: [1, 8], to: [1, 9] },
  { zone: "oudeKern", from: [3, 0], to: [3, 1] },
  { zone: "oudeKern", from: [9, 4], to: [9, 5] },
  { zone: "oudeKern", from: [8, 3], to: [9, 3] },
  { zone: "oudeKern", from: [4, 9], to: [4, 10] },
  { zone: "oudeKern", from: [5, 9], to: [6, 9] },
  { zone: "oudeKern", from: [2, 5], to: [2, 6] },
  { zone: "oudeKern", from: [7, 1], to: [8, 1] },
];

export const SUBAREAS: { id: SubareaId; name: string; box: [number, number, number, number] }[] = [
  { id: "oude-kern", name: "Oude Kern", box: [-HALF_SIZE, -HALF_SIZE, RAIL.x, (CANAL.south + CANAL.north) / 2] },
  { id: "spoorzijde", name: "Spoorzijde", box: [RAIL.x, -HALF_SIZE, HALF_SIZE, (CANAL.south + CANAL.north) / 2] },
  { id: "kanaalkant", name: "Kanaalkant", box: [-HALF_SIZE, (CANAL.south + CANAL.north) / 2, HALF_SIZE, HALF_SIZE] },
];

export const NEIGHBOURHOOD_NAME = "Ontmoetingswijk";

/** A link across a barrier between the edge nodes of two zones. */
export interface Crossing {
  kind: "bridge" | "tunnel";
  name: string;
  from: { zone: ZoneId; col: number; row: number };
  to: { zone: ZoneId; col: number; row: number };
  /** Metres of stairs at each end (a footbridge); 0 for a level approach. */
  steps: number;
}

export const CROSSINGS: Crossing[] = [
  { kind: "bridge", name: "Brouwersbrug", from: { zone: "oudeKern", col: 3, row: 10 }, to: { zone: "kanaalWest", col: 3, row: 0 }, steps: 0 },
  { kind: "bridge", name: "Molenbrug", from: { zone: "oudeKern", col: 7, row: 10 }, to: { zone: "kanaalWest", col: 7, row: 0 }, steps: 0 },
  { kind: "tunnel", name: "Spoortunnel", from: { zone: "oudeKern", col: 10, row: 4 }, to: { zone: "spoorzijde", col: 0, row: 4 }, steps: 0 },
  { kind: "bridge", name: "Spoorbrug", from: { zone: "oudeKern", col: 10, row: 8 }, to: { zone: "spoorzijde", col: 0, row: 8 }, steps: 0 },
  { kind: "bridge", name: "Scheepsbrug", from: { zone: "kanaalWest", col: 10, row: 2 }, to: { zone: "kanaalOost", col: 0, row: 2 }, steps: 0 },
  { kind: "bridge", name: "Loopbrug Seinhuis", from: { zone: "spoorzijde", col: 1, row: 10 }, to: { zone: "kanaalOost", col: 1, row: 0 }, steps: 5 },
];

export type BuildingKind = "house" | "apartment" | "shop" | "school" | "church" | "civic" | "industrial";

export type OpenUse =
  | { layer: "squares"; kind: "square" | "pedestrian_area"; name: string; surface: string }
  | { layer: "green"; kind: "park" | "playground" | "village_green" | "community_garden"; name: string }
  | { layer: "vacant"; kind: "vacant_land"; name: string; since: number; owner: "city" | "private" | "social_housing" };

export type CellSpec =
  | { type: "rows"; levels: [number, number]; shops: number }
  | { type: "apartments"; levels: [number, number] }
  | { type: "villas" }
  | { type: "industrial" }
  | { type: "institution"; kind: BuildingKind; levels: number }
  | { type: "open"; use: OpenUse; footpath: boolean }
  | { type: "half"; use: OpenUse; landmark?: { kind: BuildingKind; levels: number } };

type Specials = Partial<Record<ZoneId, Record<string, CellSpec>>>;

const green = (kind: "park" | "playground" | "village_green" | "community_garden", name: string): OpenUse => ({ layer: "green", kind, name });
const square = (kind: "square" | "pedestrian_area", name: string, surface: string): OpenUse => ({ layer: "squares", kind, name, surface });

/** Blocks that are not ordinary housing, keyed "col,row" (plus the corner, e.g. "nw", for half a block an old road cut in two). */
const SPECIALS: Specials = {
  oudeKern: {
    // Market and church square meet where the steenweg bends.
    "6,5nw": { type: "open", use: square("square", "Marktplein", "sett"), footpath: false },
    "6,6": { type: "half", use: square("square", "Kerkplein", "paving_stones"), landmark: { kind: "church", levels: 3 } },
    "2,3": { type: "half", use: square("square", "Lindeplein", "paving_stones") },
    "8,6": { type: "half", use: square("pedestrian_area", "Brouwersplein", "paving_stones") },
    "3,4": { type: "half", use: square("pedestrian_area", "Schoolplein", "asphalt") },
    "7,5": { type: "half", use: square("square", "Gasthuisplein", "sett") },
    "3,6": { type: "open", use: green("park", "Stadspark"), footpath: true },
    "2,8": { type: "open", use: green("park", "Vijverpark"), footpath: true },
    "1,2": { type: "open", use: green("playground", "Speeltuin De Wilg"), footpath: false },
    "5,2": { type: "open", use: green("village_green", "Dorpsweide"), footpath: true },
    "7,8": { type: "open", use: green("community_garden", "Moestuin Kaaihoek"), footpath: false },
    "0,4": { type: "open", use: green("playground", "Speelplein West"), footpath: false },
    "6,0": { type: "open", use: green("community_garden", "Volkstuinen Zuid"), footpath: false },
    "4,7": { type: "half", use: green("park", "Pastorietuin") },
    "5,3": { type: "institution", kind: "civic", levels: 2 },
    "6,3": { type: "institution", kind: "school", levels: 3 },
  },
  kanaalWest: {
    "3,1": { type: "open", use: green("park", "Kanaalpark"), footpath: true },
    "8,1": { type: "open", use: green("playground", "Speeltuin Noordkaai"), footpath: false },
    "1,2": { type: "open", use: green("village_green", "Torenweide"), footpath: true },
    "6,0": { type: "half", use: square("square", "Kaaiplein", "sett") },
    "2,0": { type: "half", use: square("pedestrian_area", "Torenplein", "concrete") },
    "5,2": { type: "institution", kind: "school", levels: 2 },
  },
  spoorzijde: {
    "0,0": { type: "open", use: green("playground", "Speelplein Zuidpunt"), footpath: false },
    "1,5": { type: "open", use: { layer: "vacant", kind: "vacant_land", name: "Voormalig spoorwegemplacement", since: 2016, owner: "city" }, footpath: false },
    "0,7": { type: "rows", levels: [2, 4], shops: 0.4 },
    "0,9": { type: "industrial" },
  },
  kanaalOost: {
    "1,1": { type: "open", use: { layer: "vacant", kind: "vacant_land", name: "Terrein oude brouwerij", since: 2019, owner: "private" }, footpath: false },
  },
};

export function cellSpec(zone: ZoneId, col: number, row: number, tag = ""): CellSpec {
  const special = SPECIALS[zone]?.[`${col},${row}${tag}`] ?? SPECIALS[zone]?.[`${col},${row}`];
  if (special) return special;
  switch (zone) {
    case "oudeKern": {
      const core = col >= 3 && col <= 7 && row >= 3 && row <= 7;
      return { type: "rows", levels: core ? [2, 4] : [2, 3], shops: core ? 0.3 : 0.04 };
    }
    case "kanaalWest":
      return col <= 4 ? { type: "apartments", levels: [6, 10] } : { type: "rows", levels: [2, 3], shops: 0.05 };
    case "kanaalOost":
      return { type: "industrial" };
    case "spoorzijde":
      if (col === 2) return { type: "villas" };
      return row >= 4 ? { type: "apartments", levels: [6, 9] } : { type: "rows", levels: [2, 4], shops: 0.05 };
  }
}

/** A place that takes over one building of a block: the one nearest the given side's middle. */
export interface BuildingPlacement {
  zone: ZoneId;
  col: number;
  row: number;
  side: "south" | "north";
}

export interface MeetingPlan extends BuildingPlacement {
  kind: "community_centre" | "library" | "youth_house" | "social_restaurant" | "neighbourhood_house" | "sports_hall";
  name: string;
  opening_hours: string;
}

// Clustered in the old core on purpose; Spoorzijde beyond the railway has only one, at its far end.
export const MEETING_PLACES: MeetingPlan[] = [
  { zone: "oudeKern", col: 4, row: 6, side: "south", kind: "community_centre", name: "Ontmoetingscentrum De Kern", opening_hours: "Mo-Fr 09:00-22:00; Sa 10:00-18:00" },
  { zone: "oudeKern", col: 5, row: 6, side: "south", kind: "library", name: "Bibliotheek Oude Kern", opening_hours: "Tu-Fr 10:00-19:00; Sa 10:00-16:00" },
  { zone: "oudeKern", col: 3, row: 5, side: "south", kind: "neighbourhood_house", name: "Buurthuis De Linde", opening_hours: "Mo-Fr 13:00-21:00" },
  { zone: "oudeKern", col: 4, row: 4, side: "north", kind: "social_restaurant", name: "Sociaal Restaurant Het Gasthuis", opening_hours: "Mo-Fr 11:30-14:00,17:30-20:00" },
  { zone: "oudeKern", col: 5, row: 5, side: "north", kind: "youth_house", name: "Jeugdhuis De Schakel", opening_hours: "We 14:00-22:00; Fr,Sa 18:00-24:00" },
  { zone: "oudeKern", col: 5, row: 3, side: "north", kind: "sports_hall", name: "Sporthal Kerkveld", opening_hours: "Mo-Su 08:00-23:00" },
  { zone: "oudeKern", col: 2, row: 6, side: "south", kind: "neighbourhood_house", name: "Dienstencentrum De Wilg", opening_hours: "Mo-Fr 09:00-17:00" },
  { zone: "oudeKern", col: 2, row: 2, side: "north", kind: "community_centre", name: "Zaal Akkerhof", opening_hours: "Sa,Su 10:00-22:00" },
  { zone: "kanaalWest", col: 2, row: 1, side: "south", kind: "community_centre", name: "Wijkcentrum Kanaalkant", opening_hours: "Mo-Sa 09:00-21:00" },
  { zone: "kanaalWest", col: 7, row: 0, side: "south", kind: "library", name: "Leespunt Noordkaai", opening_hours: "We 13:00-18:00; Sa 10:00-13:00" },
  { zone: "spoorzijde", col: 1, row: 0, side: "north", kind: "neighbourhood_house", name: "Buurthuis Zuidpunt", opening_hours: "Tu,Th 14:00-20:00" },
];

export interface VacantBuildingPlan extends BuildingPlacement {
  name: string;
  since: number;
  owner: "city" | "private" | "social_housing";
}

// Most empty buildings stand in the under-served Spoorzijde: the candidates for a new place.
export const VACANT_BUILDINGS: VacantBuildingPlan[] = [
  { zone: "spoorzijde", col: 0, row: 7, side: "south", name: "Leegstaand winkelpand Spoorstraat", since: 2018, owner: "private" },
  { zone: "spoorzijde", col: 1, row: 3, side: "north", name: "Voormalig postkantoor", since: 2015, owner: "city" },
  { zone: "spoorzijde", col: 0, row: 9, side: "north", name: "Oude stationsloods", since: 2012, owner: "city" },
  { zone: "spoorzijde", col: 1, row: 8, side: "north", name: "Leegstaande sociale woning", since: 2021, owner: "social_housing" },
  { zone: "oudeKern", col: 7, row: 2, side: "north", name: "Voormalige bakkerij", since: 2020, owner: "private" },
  { zone: "kanaalOost", col: 0, row: 0, side: "north", name: "Loods aan de Noordkaai", since: 2017, owner: "city" },
];

/** East of this column Spoorzijde has no through streets: villas along cul-de-sacs on even rows. */
export const VILLA_EDGE = { zone: "spoorzijde" as ZoneId, col: 2, reach: 0.7 } as const;
