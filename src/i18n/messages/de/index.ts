/** German: every key of the Dutch source (../<area>.ts), one file per area. */
import { mergeParts } from "../../merge-parts";

export const messages = mergeParts(import.meta.glob<{ messages: Record<string, string> }>(["./*.ts", "!./index.ts"], { eager: true }));

/** Keys whose German text is on purpose the same as in another language (loanwords, names); see ../../same-on-purpose.ts. */
export const sameOnPurpose: readonly string[] = [
  // "Idee" is the everyday German word for an idea, spelled as in Dutch.
  "proposals.status.idea",
  // "Material" is the everyday German word for what a bench or a surface is made of, spelled as in English.
  "details.key.material",
  // "Liste" is the German word for a list; Turkish happens to spell it the same.
  "layers.list",
  // "in Luxemburg": the country's name and the preposition are the same in German and Dutch.
  "import.country.LU",
];
