import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useAppStoreApi } from "../state/react";
import { createMap, type MapTexts } from "./create-map";

const CONTROL_KEYS = [
  "NavigationControl.ZoomIn",
  "NavigationControl.ZoomOut",
  "NavigationControl.ResetBearing",
  "AttributionControl.ToggleAttribution",
  "ScaleControl.Meters",
  "ScaleControl.Kilometers",
  "Map.Title",
] as const;

function mapTexts(t: TFunction): MapTexts {
  return {
    attribution: t("map.attribution.demo"),
    attributionOwn: t("map.attribution.own"),
    tryPlaceLabel: t("coverage.try.markerLabel"),
    locale: Object.fromEntries(CONTROL_KEYS.map((k) => [k, t(`maplibre.${k}`)])),
  };
}

declare global {
  interface Window {
    /** The live map, for debugging in the console and for the browser tests. */
    __ontmoetingskaartMap?: unknown;
  }
}

export function MapView() {
  const store = useAppStoreApi();
  const { t, i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const handle = useRef<ReturnType<typeof createMap> | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = createMap(container.current, store, mapTexts(i18n.t));
    handle.current = created;
    window.__ontmoetingskaartMap = created.map;
    return () => {
      created.destroy();
      handle.current = null;
    };
    // The map is made once per store; language changes go through setTexts below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  useEffect(() => {
    handle.current?.setTexts(mapTexts(t));
  }, [t]);

  return <div ref={container} className="map" role="region" aria-label={t("map.label")} />;
}
