import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./app/App";
import { addNumberFormats } from "./app/coverage/format";
import { offerSharedProposals } from "./app/proposals/incoming-share";
import { LANGUAGE_KEY } from "./app/use-app-effects";
import { startWorkshop } from "./app/workshop/start-workshop";
import "./app/app.css";
import { syncStoreToCoverage } from "./coverage/coverage-sync";
import { demoAnalysisInputs, demoArea, demoDataset, demoLayers } from "./data/load-demo";
import { startDatasetPersistence } from "./data/datasets-persistence";
import { startProposalPersistence } from "./data/proposals-persistence";
import { boundsOf } from "./geo/bounds";
import { createI18n, directionOf, isLanguage, preferredLanguage, switchLanguage, type Language } from "./i18n";
import { LAYER_IDS } from "./layers/definitions";
import { registerServiceWorker } from "./pwa/register";
import { StoreProvider } from "./state/react";
import { createAppStore } from "./state/store";
import { parseUrlState } from "./state/url-state";
import { createCoverageClient } from "./worker/coverage-client";

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

const fromUrl = parseUrlState(location.hash);
// The visitor's own earlier choice wins, then the language a shared link or QR code carries,
// then the browser's languages; Dutch when none of them is ours.
const language = storedLanguage() ?? fromUrl.language ?? preferredLanguage(navigator.languages ?? [navigator.language]);
document.documentElement.lang = language;
document.documentElement.dir = directionOf(language);
const store = createAppStore({ view: fromUrl.view, visible: fromUrl.visible, language });
const layers = demoLayers();
// The demo is a set of datasets like any loaded file, so a planner can remove it.
store.getState().addDatasets(LAYER_IDS.map((id) => demoDataset(id, layers[id])));
if (!fromUrl.view) {
  // No view in the link: frame the whole demo neighbourhood.
  const bounds = boundsOf(demoArea());
  if (bounds) {
    store.getState().setView({ center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2], zoom: 14.6 });
    store.getState().requestFit(bounds);
  }
}

// Residents' proposals: a shared link is offered for review; stored proposals load from IndexedDB.
offerSharedProposals(store, location.hash);
void startProposalPersistence(store);
// Workshop: step, projector mirror and report from the URL (src/app/workshop/).
startWorkshop(store, location.hash);

// For debugging in the console and for the browser tests (the store is plain, serialisable state).
window.__ontmoetingskaartStore = store;

// Walking-distance coverage runs in a worker; the demo's network and residents load lazily.
// The analysis waits until both have arrived, so it runs once, on what is really loaded.
syncStoreToCoverage(store, createCoverageClient());
const loading = (work: Promise<unknown>) => {
  store.getState().beginDatasetsLoading();
  void work.catch(() => {}).finally(() => store.getState().endDatasetsLoading());
};
loading(
  demoAnalysisInputs().then((inputs) =>
    store.getState().addDatasets([demoDataset("network", inputs.network), demoDataset("residents", inputs.residents), demoDataset("area", inputs.area)]),
  ),
);
// Loaded files, OpenStreetMap areas and the base map choice are remembered in IndexedDB.
loading(startDatasetPersistence(store, { fitWhenDemoRemoved: !fromUrl.view }));

const i18n = createI18n();
// Messages format their numbers in the UI language ("{{count, count}}").
addNumberFormats(i18n);
// French, German, Turkish and Arabic come in their own chunk: render once it is there, so the
// first screen is never Dutch for a moment (if the chunk fails, Dutch is the fallback).
const render = () =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </I18nextProvider>
    </StrictMode>,
  );
void switchLanguage(i18n, language).catch(() => {}).finally(render);
registerServiceWorker();
