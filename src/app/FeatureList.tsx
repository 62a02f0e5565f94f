import { useState } from "react";
import { useTranslation } from "react-i18next";
import { boundsOf } from "../geo/bounds";
import { LAYERS, type LayerId } from "../layers/definitions";
import { numberRepeats, placeLabel } from "../layers/place-label";
import { useAppStore, useAppStoreApi } from "../state/react";
import type { PlaceFeature } from "../state/types";

/** More would make the panel a phone book; the map and zoom serve large layers better. */
const MAX_LISTED = 300;
/** Points have no extent: frame about 100 m around them. */
const POINT_FRAME = 0.001;

/**
 * A layer's features as a list of buttons, so that every place can be found and opened with
 * the keyboard or a screen reader, not only by pointing at the map. Rendered only when opened.
 */
export function FeatureList({ layer }: { layer: LayerId }) {
  const { t, i18n } = useTranslation();
  const store = useAppStoreApi();
  const [open, setOpen] = useState(false);
  const features = useAppStore((s) => s.layerData[layer].features);
  const layerName = t(LAYERS[layer].labelKey);
  if (features.length === 0) return null;

  const show = (f: PlaceFeature) => {
    const id = f.properties?.id;
    if (typeof id !== "string") return;
    store.getState().select({ layer, id });
    const b = boundsOf({ type: "FeatureCollection", features: [f] });
    if (!b) return;
    const pad = b[0] === b[2] && b[1] === b[3] ? POINT_FRAME : 0;
    store.getState().requestFit([b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad]);
  };

  // Names, or what and where a nameless place is (never its id); repeated labels get a number.
  const labelled = open ? features.map((f) => ({ f, label: placeLabel(f.properties, layer, t, i18n.language) })) : [];
  const sorted = labelled.sort((a, b) => a.label.localeCompare(b.label)).slice(0, MAX_LISTED);
  const numbered = numberRepeats(sorted.map((x) => x.label), t);
  const shown = sorted.map(({ f }, i) => ({ f, label: numbered[i]! }));
  return (
    <details className="feature-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("layers.list", { name: layerName })}</summary>
      {open && (
        <>
          <ul>
            {shown.map(({ f, label }, i) => (
              <li key={String(f.properties?.id ?? i)}>
                <button type="button" className="link-button" onClick={() => show(f)}>
                  {label}
                </button>
              </li>
            ))}
          </ul>
          {features.length > MAX_LISTED && <p className="hint">{t("layers.listCapped", { shown: MAX_LISTED, count: features.length })}</p>}
        </>
      )}
    </details>
  );
}
