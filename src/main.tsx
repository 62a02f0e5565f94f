import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./app/App";
import { LANGUAGE_KEY } from "./app/use-app-effects";
import "./app/app.css";
import { demoArea, demoLayers } from "./data/load-demo";
import { boundsOf } from "./geo/bounds";
import { DEFAULT_LANGUAGE, createI18n, isLanguage, type Language } from "./i18n";
import { LAYER_IDS } from "./layers/definitions";
import { StoreProvider } from "./state/react";
import { createAppStore } from "./state/store";
import { parseUrlState } from "./state/url-state";

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

const fromUrl = parseUrlState(location.hash);
const language = storedLanguage();
document.documentElement.lang = language;
const store = createAppStore({ view: fromUrl.view, visible: fromUrl.visible, language });
const layers = demoLayers();
for (const id of LAYER_IDS) store.getState().setLayerData(id, layers[id]);
if (!fromUrl.view) {
  // No view in the link: frame the whole demo neighbourhood.
  const bounds = boundsOf(demoArea());
  if (bounds) {
    store.getState().setView({ center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2], zoom: 14.6 });
    store.getState().requestFit(bounds);
  }
}

const i18n = createI18n(language);
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </I18nextProvider>
  </StrictMode>,
);
