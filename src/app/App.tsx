import { useTranslation } from "react-i18next";
import { MapView } from "../map/MapView";
import { useAppStore, useAppStoreApi } from "../state/react";
import { selectMapReady, selectPanelOpen } from "../state/selectors";
import { CoveragePanel } from "./coverage/CoveragePanel";
import { FeatureDetails } from "./FeatureDetails";
import { CrsDialog } from "./import/CrsDialog";
import { DataPanel } from "./import/DataPanel";
import { DropTarget } from "./import/DropTarget";
import { ImportFlowProvider } from "./import/ImportFlowContext";
import { KindDialog } from "./import/KindDialog";
import { LanguageSwitch } from "./LanguageSwitch";
import { LayerPanel } from "./LayerPanel";
import { PanelNav } from "./PanelNav";
import { ProposalsOverlays } from "./proposals/ProposalsOverlays";
import { ProposalsPanel } from "./proposals/ProposalsPanel";
import { useAppEffects } from "./use-app-effects";
import { WorkshopLayer } from "./workshop/WorkshopLayer";
import { WorkshopPanel } from "./workshop/WorkshopPanel";

export function App() {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const panelOpen = useAppStore(selectPanelOpen);
  const mapReady = useAppStore(selectMapReady);
  const demoShown = useAppStore((s) => !s.demoRemoved);
  useAppEffects(store, i18n);

  return (
    <ImportFlowProvider>
    <div className="app" data-panel-open={panelOpen} data-map-ready={mapReady}>
      <MapView />
      <DropTarget />
      <aside className="panel" aria-label={t("app.title")}>
        <header className="panel-header">
          <div>
            <h1>{t("app.title")}</h1>
            <p className="tagline">{t("app.tagline")}</p>
          </div>
          <button
            type="button"
            className="panel-toggle"
            aria-expanded={panelOpen}
            aria-controls="panel-body"
            onClick={() => store.getState().setPanelOpen(!panelOpen)}
          >
            {panelOpen ? t("app.panel.hide") : t("app.panel.show")}
          </button>
        </header>
        <div id="panel-body" className="panel-body" hidden={!panelOpen}>
          <PanelNav />
          <LanguageSwitch />
          {demoShown && <p className="demo-notice">{t("app.demoNotice")}</p>}
          <LayerPanel />
          <DataPanel />
          <FeatureDetails />
          <CoveragePanel />
          <ProposalsPanel />
          <WorkshopPanel />
        </div>
        {!mapReady && (
          <p className="loading" role="status">
            {t("app.loading")}
          </p>
        )}
      </aside>
      <ProposalsOverlays />
      <WorkshopLayer />
    </div>
      <CrsDialog />
      <KindDialog />
    </ImportFlowProvider>
  );
}
