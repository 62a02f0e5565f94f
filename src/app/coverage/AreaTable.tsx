import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AreaSummary } from "../../analysis/run";
import { boundsOf } from "../../geo/bounds";
import { useAppStore, useAppStoreApi } from "../../state/react";
import { formatCount, formatPercent } from "./format";

type Column = "name" | "residentsTotal" | "withinReach" | "share" | "noStreetData";
// The panel is narrow: residents without street data show as "–" in the share; the report has their own column.
const COLUMNS: Column[] = ["name", "residentsTotal", "withinReach", "share"];
const LABEL: Record<Column, string> = {
  name: "coverage.areas.name",
  residentsTotal: "coverage.areas.residents",
  withinReach: "coverage.areas.withinReach",
  share: "coverage.areas.share",
  noStreetData: "coverage.areas.noStreetData",
};
const SHOWN = 15;

/** Areas sorted by a column: names alphabetically, figures largest first (ties by name). */
export function sortAreas(areas: readonly AreaSummary[], by: Column, ascending: boolean, lang: string): AreaSummary[] {
  const collator = new Intl.Collator(lang);
  const dir = ascending ? 1 : -1;
  return [...areas].sort((a, b) => (by === "name" ? dir * collator.compare(a.name, b.name) : dir * (a[by] - b[by]) || collator.compare(a.name, b.name)));
}

/** Per neighbourhood (wijk, buurt, sector): residents, within reach, share; sortable by every column. */
export function AreaTable() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const store = useAppStoreApi();
  const areas = useAppStore((s) => s.coverage.areas);
  const polygons = useAppStore((s) => s.coverage.areaPolygons);
  const [sort, setSort] = useState<{ by: Column; ascending: boolean }>({ by: "share", ascending: true });
  const [all, setAll] = useState(false);
  if (!areas || areas.length < 2) return null;
  const rows = sortAreas(areas, sort.by, sort.ascending, lang);
  const shown = all ? rows : rows.slice(0, SHOWN);
  const analysed = (a: AreaSummary) => a.residentsTotal - a.noStreetData > 0;
  const zoom = (index: number) => {
    const f = polygons?.features.find((p) => p.id === index);
    const b = f && boundsOf({ type: "FeatureCollection", features: [f] });
    if (b) store.getState().requestFit(b);
  };
  return (
    <section className="panel-subsection" aria-labelledby="areas-heading">
      <h3 id="areas-heading">{t("coverage.areas.heading")}</h3>
      <div className="table-scroll">
        <table className="area-table" data-testid="area-table">
          <caption className="visually-hidden">{t("coverage.areas.caption")}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" aria-sort={sort.by === c ? (sort.ascending ? "ascending" : "descending") : "none"}>
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => setSort((s) => ({ by: c, ascending: s.by === c ? !s.ascending : c === "name" || c === "share" }))}
                  >
                    {t(LABEL[c])}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.index} data-area={a.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => zoom(a.index)}>
                    {a.name}
                  </button>
                </th>
                <td>{formatCount(a.residentsTotal, lang)}</td>
                <td>{formatCount(a.withinReach, lang)}</td>
                <td>{analysed(a) ? t("coverage.areas.shareValue", { percent: formatPercent(a.share, lang) }) : t("coverage.areas.unknown")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!all && rows.length > SHOWN && (
        <button type="button" onClick={() => setAll(true)}>
          {t("coverage.areas.more", { count: rows.length })}
        </button>
      )}
    </section>
  );
}
