// Six languages, complete: every Dutch key in every language, with the plural forms that
// language needs, the same placeholders, and nothing left in another language by mistake.
import { describe, expect, it } from "vitest";
import { LANGUAGES, languageMessages, type Language } from "../../../src/i18n";
import { DUTCH_AND_ENGLISH, NAMES } from "../../../src/i18n/same-on-purpose";

const translated = import.meta.glob<{ sameOnPurpose: readonly string[] }>("../../../src/i18n/messages/*/index.ts", { eager: true });
const sameOnPurpose = (lang: Language): readonly string[] =>
  lang === "nl" || lang === "en" ? DUTCH_AND_ENGLISH[lang] : (translated[`../../../src/i18n/messages/${lang}/index.ts`]?.sameOnPurpose ?? []);

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, "");
const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]));
/** "m", "km", "{{percent}} %", "+1": nothing in it that a translator could have forgotten. */
const wordless = (text: string) => !/\p{L}{3,}/u.test(text.replace(/\{\{[^}]*\}\}/g, ""));

const tables = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l, await languageMessages(l)] as const))) as Record<Language, Record<string, string>>;
const dutch = tables.nl;
const dutchBases = [...new Set(Object.keys(dutch).map(base))].sort();

describe.each(LANGUAGES.filter((l) => l !== "nl"))("%s", (lang) => {
  const table = tables[lang];
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

  it("has every Dutch key and no other", () => {
    const bases = [...new Set(Object.keys(table).map(base))].sort();
    expect(dutchBases.filter((k) => !bases.includes(k)), "missing").toEqual([]);
    expect(bases.filter((k) => !dutchBases.includes(k)), "unknown").toEqual([]);
  });

  it("has exactly the plural forms the language has", () => {
    const plurals = new Set(Object.keys(dutch).filter((k) => PLURAL.test(k)).map(base));
    for (const key of plurals) {
      const forms = Object.keys(table).filter((k) => base(k) === key && PLURAL.test(k)).map((k) => k.match(PLURAL)![1]);
      expect(forms.sort(), key).toEqual([...categories].sort());
    }
  });

  it("keeps the placeholders of the Dutch text", () => {
    for (const [key, text] of Object.entries(table)) {
      expect(text.trim(), key).not.toBe("");
      const own = placeholders(text);
      const source = placeholders(dutch[key] ?? dutch[`${base(key)}_other`] ?? "");
      // No invented variables; all of them where the text is not a plural form that may say the number in words.
      for (const p of own) expect(source, `${key}: {{${p}}}`).toContain(p);
      if (!PLURAL.test(key) || key.endsWith("_other")) for (const p of source) expect(own, `${key}: {{${p}}}`).toContain(p);
    }
  });

  it("leaves nothing the same as another language unless it is a name or on purpose", () => {
    const same: string[] = [];
    for (const [key, text] of Object.entries(table)) {
      if (NAMES.includes(key) || wordless(text) || sameOnPurpose(lang).includes(key)) continue;
      for (const other of LANGUAGES) {
        if (other !== lang && tables[other][key] === text && !sameOnPurpose(other).includes(key)) same.push(`${key} = ${other}: ${text}`);
      }
    }
    expect(same).toEqual([]);
  });
});

describe("Dutch", () => {
  it("has no empty text", () => {
    for (const [key, text] of Object.entries(dutch)) expect(text.trim(), key).not.toBe("");
  });
});
