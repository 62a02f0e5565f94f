import { isLanguage, type Language } from "../i18n";
import { LAYER_IDS, isLayerId, type LayerId } from "../layers/definitions";
import type { MapView } from "./types";

/**
 * The URL keeps the view so that a shared link reopens it:
 *   #map=<zoom>/<lat>/<lon>&layers=<visible ids, comma-separated>&lang=<language>
 * (the same map=z/lat/lon order as openstreetmap.org, which planners know). The language
 * travels with every link the app makes from its own address (share links, the QR code).
 * Parsing never trusts the input: bad parts are ignored, not thrown.
 */
export interface UrlState {
  view?: MapView;
  visible?: Record<LayerId, boolean>;
  language?: Language;
}

export function parseUrlState(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const out: UrlState = {};
  const map = params.get("map");
  if (map) {
    const [z, lat, lon] = map.split("/").map(Number);
    if ([z, lat, lon].every(Number.isFinite) && z >= 0 && z <= 24 && Math.abs(lat) <= 85.06 && Math.abs(lon) <= 180) {
      out.view = { center: [lon, lat], zoom: z };
    }
  }
  const layers = params.get("layers");
  if (layers !== null) {
    const shown = new Set(layers.split(",").filter(isLayerId));
    out.visible = Object.fromEntries(LAYER_IDS.map((id) => [id, shown.has(id)])) as Record<LayerId, boolean>;
  }
  const lang = params.get("lang");
  if (isLanguage(lang)) out.language = lang;
  return out;
}

/**
 * The hash for a view. Other parameters already in `currentHash` (a share link's proposals,
 * a workshop step) are kept, so that moving the map never drops them.
 */
export function formatUrlState(view: MapView, visible: Record<LayerId, boolean>, currentHash = "", language?: Language): string {
  const map = mapParam(view);
  const layers = LAYER_IDS.filter((id) => visible[id]).join(",");
  const others = currentHash
    .replace(/^#/, "")
    .split("&")
    .filter((part) => part !== "" && !/^(map|layers|lang)=/.test(part));
  return `#${[`map=${map}`, `layers=${layers}`, ...(language ? [`lang=${language}`] : []), ...others].join("&")}`;
}

/** The map=z/lat/lon value of a view. Five decimals is about a metre: enough to land on the same view, short enough to share. */
export function mapParam(view: MapView): string {
  const [lon, lat] = view.center;
  return `${view.zoom.toFixed(2)}/${lat.toFixed(5)}/${lon.toFixed(5)}`;
}

/**
 * What a hash typed or pasted by hand changes, against the current state: the view only when
 * it differs at the URL's own precision (so the app's own rounded hash never moves the map),
 * and only the layers whose visibility differs.
 */
export function urlChanges(hash: string, current: { view: MapView; visible: Record<LayerId, boolean> }): { view?: MapView; visible?: Partial<Record<LayerId, boolean>> } {
  const parsed = parseUrlState(hash);
  const out: { view?: MapView; visible?: Partial<Record<LayerId, boolean>> } = {};
  if (parsed.view && mapParam(parsed.view) !== mapParam(current.view)) out.view = parsed.view;
  if (parsed.visible) {
    const changed = LAYER_IDS.filter((id) => parsed.visible![id] !== current.visible[id]);
    if (changed.length > 0) out.visible = Object.fromEntries(changed.map((id) => [id, parsed.visible![id]]));
  }
  return out;
}
