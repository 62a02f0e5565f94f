/**
 * The option lists of a proposal, as data: what could happen at a place (practices drawn from
 * Flemish and Dutch neighbourhood work), who should meet whom, and what the place needs.
 * Keys are stored in proposals and links, so a key is never renamed; texts may change freely.
 * Dutch is written for residents (B1): short sentences, everyday words.
 */

export interface LocalisedText {
  nl: string;
  en: string;
}

export interface CatalogueEntry<K extends string = string> {
  key: K;
  name: LocalisedText;
  /** One line in plain language: what happens there, for whom. */
  description: LocalisedText;
}

export const PRACTICES = [
  {
    key: "language-cafe",
    name: { nl: "Taalcafé en taalcoaches", en: "Language café and language coaches" },
    description: {
      nl: "Buren praten samen Nederlands bij een kop koffie. Een taalcoach helpt nieuwkomers op weg.",
      en: "Neighbours practise Dutch together over coffee. A language coach helps newcomers find their way.",
    },
  },
  {
    key: "family-salon",
    name: { nl: "Gezinssalon: hulp bij opvoeden", en: "Family salon: help with parenting" },
    description: {
      nl: "Ouders ontmoeten elkaar, stellen vragen over opvoeden en krijgen hulp als dat nodig is.",
      en: "Parents meet each other, ask questions about raising children and get help when they need it.",
    },
  },
  {
    key: "drop-in-childcare",
    name: { nl: "Kinderopvang voor een paar uur, in de buurt", en: "Drop-in childcare in the neighbourhood" },
    description: {
      nl: "Ouders brengen hun kind een paar uur per week naar opvang dichtbij. Een vast contract is niet nodig.",
      en: "Parents bring their child to childcare nearby for a few hours a week. No fixed contract is needed.",
    },
  },
  {
    key: "square-animation",
    name: { nl: "Spel en sport op het plein, door jongeren uit de buurt", en: "Games and sport on the square, run by local youth" },
    description: {
      nl: "Jongeren uit de wijk hebben een opleiding gehad. Zij organiseren spel en sport voor kinderen op het plein.",
      en: "Trained young people from the area run games and sport on the square for children.",
    },
  },
  {
    key: "community-garden",
    name: { nl: "Samentuin of buurtmoestuin", en: "Community garden" },
    description: {
      nl: "Buren kweken samen groenten en bloemen, en leren van elkaar.",
      en: "Neighbours grow vegetables and flowers together and learn from each other.",
    },
  },
  {
    key: "shared-kitchen",
    name: { nl: "Buurtkeuken of sociaal restaurant", en: "Shared kitchen or social restaurant" },
    description: {
      nl: "Samen koken en eten voor weinig geld. Iedereen is welkom aan tafel.",
      en: "Cooking and eating together at a low price. Everyone is welcome at the table.",
    },
  },
  {
    key: "association-platform",
    name: { nl: "Vaste plek voor verenigingen", en: "A home for local associations" },
    description: {
      nl: "Een vaste plek waar verenigingen en bewonersgroepen vergaderen en samen plannen maken.",
      en: "A fixed place where associations and residents' groups meet and make plans together.",
    },
  },
  {
    key: "migration-stories",
    name: { nl: "Verhalen over migratie", en: "Migration-history storytelling" },
    description: {
      nl: "Bewoners vertellen hoe zij of hun familie hier kwamen wonen. Zo leren buren elkaar beter kennen.",
      en: "Residents tell how they or their family came to live here, so neighbours get to know each other.",
    },
  },
  {
    key: "stage",
    name: { nl: "Podium voor sport, cultuur en kunst", en: "Stage for sport, culture and art" },
    description: {
      nl: "Een plek waar buren optreden, sporten, muziek maken of hun kunst tonen.",
      en: "A place where neighbours perform, play sport, make music or show their art.",
    },
  },
  {
    key: "repair-cafe",
    name: { nl: "Repair café", en: "Repair café" },
    description: {
      nl: "Buren herstellen samen kapotte spullen, zoals een fiets, een lamp of kleren.",
      en: "Neighbours fix broken things together, such as a bike, a lamp or clothes.",
    },
  },
  {
    key: "living-room",
    name: { nl: "Buurthuiskamer", en: "Neighbourhood living room" },
    description: {
      nl: "Een gezellige plek. Je loopt binnen, drinkt koffie en maakt een praatje.",
      en: "A warm place to drop in, have a coffee and a chat.",
    },
  },
  {
    key: "homework-support",
    name: { nl: "Huiswerkbegeleiding", en: "Homework support" },
    description: {
      nl: "Vrijwilligers helpen kinderen en jongeren na school met hun huiswerk.",
      en: "Volunteers help children and young people with their homework after school.",
    },
  },
] as const satisfies readonly CatalogueEntry[];

export const AUDIENCES = [
  { key: "children", name: { nl: "Kinderen", en: "Children" } },
  { key: "youth", name: { nl: "Jongeren", en: "Young people" } },
  { key: "parents", name: { nl: "Ouders", en: "Parents" } },
  { key: "older-residents", name: { nl: "Oudere bewoners", en: "Older residents" } },
  { key: "newcomers", name: { nl: "Nieuwkomers", en: "Newcomers" } },
  { key: "mixed-backgrounds", name: { nl: "Buren met verschillende achtergronden", en: "Neighbours of different backgrounds" } },
  { key: "street-neighbours", name: { nl: "Buren uit dezelfde straat", en: "Neighbours from the same street" } },
  { key: "isolated-residents", name: { nl: "Bewoners die vaak alleen zijn", en: "Residents who are often alone" } },
  { key: "people-with-disabilities", name: { nl: "Mensen met een beperking", en: "People with disabilities" } },
  { key: "everyone", name: { nl: "Iedereen", en: "Everyone" } },
] as const satisfies readonly Omit<CatalogueEntry, "description">[];

export const NEEDS = [
  { key: "roof", name: { nl: "Een dak (droog bij regen)", en: "A roof (dry when it rains)" } },
  { key: "toilets", name: { nl: "Toiletten", en: "Toilets" } },
  { key: "step-free", name: { nl: "Toegang zonder trappen", en: "Step-free access" } },
  { key: "seating", name: { nl: "Zitplaatsen", en: "Seating" } },
  { key: "shade", name: { nl: "Schaduw", en: "Shade" } },
  { key: "playground", name: { nl: "Speeltuin", en: "Playground" } },
  { key: "power", name: { nl: "Stroom (een stopcontact)", en: "Power (a socket)" } },
  { key: "storage", name: { nl: "Een plek om spullen op te bergen", en: "A place to store things" } },
  { key: "water", name: { nl: "Kraantje met water", en: "Water tap" } },
  { key: "kitchen", name: { nl: "Keuken", en: "Kitchen" } },
  { key: "lighting", name: { nl: "Verlichting 's avonds", en: "Lighting in the evening" } },
  { key: "bike-parking", name: { nl: "Fietsenstalling", en: "Bike parking" } },
] as const satisfies readonly Omit<CatalogueEntry, "description">[];

export type PracticeKey = (typeof PRACTICES)[number]["key"];
export type AudienceKey = (typeof AUDIENCES)[number]["key"];
export type NeedKey = (typeof NEEDS)[number]["key"];

/** A membership test built from a list, so validation and the lists never drift apart. */
function keyGuard<K extends string>(entries: readonly { key: K }[]): (value: unknown) => value is K {
  const keys = new Set<string>(entries.map((entry) => entry.key));
  return (value: unknown): value is K => typeof value === "string" && keys.has(value);
}

export const isPracticeKey = keyGuard<PracticeKey>(PRACTICES);
export const isAudienceKey = keyGuard<AudienceKey>(AUDIENCES);
export const isNeedKey = keyGuard<NeedKey>(NEEDS);
