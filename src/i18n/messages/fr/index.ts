/** French: every key of the Dutch source (../<area>.ts), one file per area. */
import { mergeParts } from "../../merge-parts";

export const messages = mergeParts(import.meta.glob<{ messages: Record<string, string> }>(["./*.ts", "!./index.ts"], { eager: true }));

/** Keys whose French text is on purpose the same as in another language (loanwords, names); see ../../same-on-purpose.ts. */
export const sameOnPurpose: readonly string[] = [
  // French and English share these words.
  "coverage.unit.minutes",
  "details.key.description",
  "details.key.sport",
  "details.value.public",
  "proposals.audience.parents",
  // Dutch took "privé" from French.
  "details.value.private",
];
