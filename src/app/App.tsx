import { useEffect, useRef } from "react";
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
import { ResidentFlow } from "./resident/ResidentFlow";
import { UpdatePrompt } from "./UpdatePrompt";
import { useAppEffects } from "./use-app-effects";
import { WorkshopLayer } from "./workshop/WorkshopLayer";
import { WorkshopPanel } from "./workshop/WorkshopPanel";

export function App() {
  const { i18n } = useTranslation();
  const store = useAppStoreApi();
  const panelOpen = useAppStore(selectPanelOpen);
  const mapReady = useAppStore(selectMapReady);
  const resident = useAppStore((s) => s.resident);
  useAppEffects(store, i18n);
  useFocusAfterResident(resident);

  return (
    <ImportFlowProvider>
    <div className="app" data-panel-open={panelOpen} data-map-ready={mapReady} data-resident={resident}>
      {/* Before the map in the page's order, so that the map keeps its place (and is never made twice). */}
      {resident && <ResidentFlow />}
      <MapView />
      {!resident && <PlannerLayout />}
    </div>
      {!resident && (
        <>
          <CrsDialog />
          <KindDialog />
        </>
      )}
    </ImportFlowProvider>
  );
}

/** Back from the resident's path: to the proposal just made, else to the button that started the path. */
function useFocusAfterResident(resident: boolean) {
  const was = useRef(resident);
  useEffect(() => {
    if (was.current && !resident) (document.getElementById("proposal-details-heading") ?? document.getElementById("resident-start"))?.focus();
    was.current = resident;
  }, [resident]);
}

/** The planner's panel and what floats over the map for it. */
function PlannerLayout() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const panelOpen = useAppStore(selectPanelOpen);
  const mapReady = useAppStore(selectMapReady);
  const demoShown = useAppStore((s) => !s.demoRemoved);
  return (
    <>
      <DropTarget />
      <aside className="panel" aria-label={t("app.title")}>
        <header className="panel-header">
          <div>
            <h1>{t("app.title")}</h1>
            <p className="tagline">{t("app.tagline")}</p>
            <button id="resident-start" type="button" className="primary resident-start" aria-describedby="resident-start-hint" onClick={() => store.getState().setResident(true)}>
              {t("resident.start")}
            </button>
            <p id="resident-start-hint" className="hint">{t("resident.startHint")}</p>
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
        <UpdatePrompt />
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
    </>
  );
}
