import { useEffect } from "react";
import { useAppStore } from "../../state/react";
import { selectBigScreen, selectReportOpen, selectScreenRole } from "../../state/slices/workshop";
import { ReportView } from "../report/ReportView";
import { PresentationOverlay } from "./PresentationOverlay";
import "./workshop.css";

/**
 * The workshop's layers over the app: the big-screen presentation and the report. The page's
 * layout switches by attributes on <html>, so the shell needs no workshop knowledge.
 */
export function WorkshopLayer() {
  const bigScreen = useAppStore(selectBigScreen);
  const role = useAppStore(selectScreenRole);
  const reportOpen = useAppStore(selectReportOpen);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.bigScreen = String(bigScreen);
    root.dataset.screen = role;
    root.dataset.reportOpen = String(reportOpen);
  }, [bigScreen, role, reportOpen]);
  return (
    <>
      {bigScreen && <PresentationOverlay />}
      {reportOpen && <ReportView />}
    </>
  );
}
