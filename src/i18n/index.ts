import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";

export const LANGUAGES = ["nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nl";

type Catalogue = { nl: Record<string, string>; en: Record<string, string> };

// Every area of the app keeps its texts in its own messages/<namespace>.ts; they are merged
// into one flat table per language so that keys stay greppable and collisions show in tests.
const modules = import.meta.glob<{ messages: Catalogue }>("./messages/*.ts", { eager: true });

export function mergedMessages(): Record<Language, Record<string, string>> {
  const out: Record<Language, Record<string, string>> = { nl: {}, en: {} };
  for (const mod of Object.values(modules)) {
    for (const lang of LANGUAGES) Object.assign(out[lang], mod.messages[lang]);
  }
  return out;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Creates and initialises an i18next instance; Dutch is the default and the fallback. */
export function createI18n(language: Language = DEFAULT_LANGUAGE): I18n {
  const all = mergedMessages();
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    resources: { nl: { translation: all.nl }, en: { translation: all.en } },
    interpolation: { escapeValue: false }, // React escapes; we never inject HTML.
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
