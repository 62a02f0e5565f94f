import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { findStreets, streetIndex, type Street } from "./street-index";

/** Close enough to see the houses of one street. */
const STREET_ZOOM = 17;

/**
 * A street name search over the loaded network (nothing leaves the phone): a search field and
 * the matches as a list of buttons, announced as they change. Choosing one moves the map there.
 */
export function StreetSearch() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const datasets = useAppStore((s) => s.datasets);
  const streets = useMemo(() => streetIndex(datasets), [datasets]);
  const [query, setQuery] = useState("");
  const [moved, setMoved] = useState<string | null>(null);
  const id = useId();
  const found = findStreets(streets, query);

  const choose = (street: Street) => {
    const { view, setView } = store.getState();
    setView({ center: street.at, zoom: Math.max(view.zoom, STREET_ZOOM) });
    setMoved(street.name);
    setQuery("");
  };

  const status = moved
    ? t("resident.where.movedTo", { street: moved })
    : streets.length === 0
      ? t("resident.where.noStreets")
      : query.trim() === ""
        ? ""
        : found.length === 0
          ? t("resident.where.none")
          : t("resident.where.found", { count: found.length });

  return (
    <div className="resident-search" role="search">
      <label htmlFor={`${id}-input`}>{t("resident.where.search")}</label>
      <p id={`${id}-hint`} className="hint">{t("resident.where.searchHint")}</p>
      <input
        id={`${id}-input`}
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby={`${id}-hint ${id}-status`}
        aria-controls={`${id}-results`}
        onChange={(e) => {
          setQuery(e.target.value);
          setMoved(null);
        }}
      />
      <p id={`${id}-status`} className="hint" role="status">{status}</p>
      <ul id={`${id}-results`} className="resident-results">
        {found.map((street) => (
          <li key={street.name}>
            <button type="button" onClick={() => choose(street)}>
              {street.name}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
