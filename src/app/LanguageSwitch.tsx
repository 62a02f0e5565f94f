import { useTranslation } from "react-i18next";
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from "../i18n";
import { useAppStore, useAppStoreApi } from "../state/react";
import { selectLanguage } from "../state/selectors";

export function LanguageSwitch() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const language = useAppStore(selectLanguage);
  return (
    <label className="language-switch">
      <span>{t("app.language")}</span>
      <select
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) store.getState().setLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
