import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { exportMapImage } from "../../map/export-image";
import { useAppStore, useAppStoreApi } from "../../state/react";
import type { AppState } from "../../state/types";
import { PRINT_SCALE } from "../workshop/Downloads";
import { imageTexts } from "../workshop/image-texts";

const selectImageKey = (s: AppState) => (s.mapReady ? `${s.coverage.status}:${s.coverage.edgeVersion}:${s.coverage.gaps?.features.length ?? 0}` : null);

/** The map image for the report, remade when what it shows changes; an object URL or null while it is made. */
export function useMapImage(active: boolean): string | null {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const key = useAppStore(selectImageKey);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!active || key === null) return;
    let cancelled = false;
    exportMapImage(PRINT_SCALE, imageTexts(t, i18n.language, store.getState(), new Date()))
      .then((blob) => {
        if (cancelled) return;
        const made = URL.createObjectURL(blob);
        // The previous image stays shown until the new one is there, then its memory goes.
        setUrl((previous) => {
          if (previous) URL.revokeObjectURL(previous);
          return made;
        });
      })
      .catch(() => {
        // The report stays usable without its map; the downloads show the error when asked.
      });
    return () => {
      cancelled = true;
    };
  }, [active, key, t, i18n.language, store]);
  return url;
}
