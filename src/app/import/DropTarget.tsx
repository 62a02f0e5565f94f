import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { readFiles, useImportFlow } from "./ImportFlowContext";

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false;

/** Files dragged over the page show a drop target over the map; dropping them starts the import. */
export function DropTarget() {
  const { t } = useTranslation();
  const flow = useImportFlow();
  const [active, setActive] = useState(false);

  useEffect(() => {
    // Counted: dragenter/dragleave fire for every child element crossed.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setActive(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setActive(false);
      void readFiles(e.dataTransfer?.files ?? []).then((files) => flow.openFiles(files));
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragleave", leave);
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [flow]);

  return (
    <div className="drop-target" data-active={active} aria-hidden={!active}>
      <p>{t("importUi.dropHere")}</p>
    </div>
  );
}
