/** Arabic: every key of the Dutch source (../<area>.ts), one file per area. */
import { mergeParts } from "../../merge-parts";

export const messages = mergeParts(import.meta.glob<{ messages: Record<string, string> }>(["./*.ts", "!./index.ts"], { eager: true }));

/** Keys whose Arabic text is on purpose the same as in another language (loanwords, names); see ../../same-on-purpose.ts. */
export const sameOnPurpose: readonly string[] = [];
