import i18next, { type i18n as I18n } from "i18next";
import { initReactI18next } from "react-i18next";

export const LANGUAGES = ["nl", "en", "fr", "de", "tr", "ar"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "nl";

/** Each language named in itself, as a language switch shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  nl: "Nederlands",
  en: "English",
  fr: "Français",
  de: "Deutsch",
  tr: "Türkçe",
  ar: "العربية",
};

/** Arabic is written right to left; the page mirrors (the map itself stays a map). */
export const directionOf = (language: Language): "rtl" | "ltr" => (language === "ar" ? "rtl" : "ltr");

type Texts = Record<string, string>;
type Catalogue = { nl: Texts; en: Texts };

// Every area of the app keeps its Dutch and English texts in its own messages/<namespace>.ts
// (Dutch defines the keys and their types); they are merged into one flat table per language
// so that keys stay greppable and collisions show in tests. Both are in the first load:
// Dutch is the default and the fallback.
const sources = import.meta.glob<{ messages: Catalogue }>("./messages/*.ts", { eager: true });

// French, German, Turkish and Arabic live in messages/<language>/<namespace>.ts, one chunk per
// language, loaded only when someone chooses or prefers it.
const translations = import.meta.glob<{ messages: Texts }>("./messages/*/index.ts");

/** Dutch and English, merged over all areas. */
export function mergedMessages(): Catalogue {
  const out: Catalogue = { nl: {}, en: {} };
  for (const mod of Object.values(sources)) {
    Object.assign(out.nl, mod.messages.nl);
    Object.assign(out.en, mod.messages.en);
  }
  return out;
}

/** One language's whole table (loads its chunk when it is not Dutch or English). */
export async function languageMessages(language: Language): Promise<Texts> {
  if (language === "nl" || language === "en") return mergedMessages()[language];
  const load = translations[`./messages/${language}/index.ts`];
  return load ? (await load()).messages : {};
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages we speak ("tr-TR" → Turkish, "ar-MA" → Arabic,
 * "fr-BE" → French), else Dutch.
 */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** Creates and initialises an i18next instance with Dutch and English; other languages arrive through switchLanguage. */
export function createI18n(language: "nl" | "en" = "nl"): I18n {
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

/** Makes `language` available to the instance (fetching its chunk once), then switches to it. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, "translation")) {
    instance.addResourceBundle(language, "translation", await languageMessages(language));
  }
  await instance.changeLanguage(language);
}

/** A ready instance in any language (for tests and tools that render outside the app). */
export async function createI18nIn(language: Language): Promise<I18n> {
  const instance = createI18n();
  await switchLanguage(instance, language);
  return instance;
}
