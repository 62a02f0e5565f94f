/** Turkish: every key of the Dutch source (../<area>.ts), one file per area. */
import { mergeParts } from "../../merge-parts";

export const messages = mergeParts(import.meta.glob<{ messages: Record<string, string> }>(["./*.ts", "!./index.ts"], { eager: true }));

/** Keys whose Turkish text is on purpose the same as in another language (loanwords, names); see ../../same-on-purpose.ts. */
export const sameOnPurpose: readonly string[] = [
  "details.value.park", // "park" is the everyday Turkish word
  "details.value.asphalt", // "asfalt" is the Turkish word, spelled as in Dutch
  "details.value.concrete", // "beton" is the Turkish word, spelled as in Dutch
  "details.value.metal", // "metal" is the Turkish word, spelled as in English
];
