import { useTranslation } from "react-i18next";
import { settingsWording, wordSetting } from "../../analysis/settings-wording";
import { formatCount, formatDecimal, formatPercent } from "../coverage/format";
import type { ReportModel } from "./report-model";

export function ReportFigures({ model }: { model: ReportModel }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const f = model.figures;
  if (!f) return <p>{t("workshop.figure.waiting")}</p>;
  const c = model.comparison;
  const estimate = model.residentsSource === "estimate-buildings";
  return (
    <div className="report-figures">
      {estimate && <p className="estimate-badge">{t("coverage.estimate")}</p>}
      <div className="report-share" data-testid="report-share">{t(estimate ? "coverage.withinReachShareEstimate" : "coverage.withinReachShare", { percent: formatPercent(f.share, lang) })}</div>
      <p>
        {t(estimate ? "coverage.withinReachCountEstimate" : "coverage.withinReachCount", {
          // Numbers, as in the panel (HeadlineFigures): i18next picks the plural form only for a number.
          count: Math.round(f.withinReach),
          total: f.residentsTotal - f.noStreetData,
          minutes: formatCount(model.settings.minutes, lang),
          metres: formatCount(f.limitM, lang),
        })}
      </p>
      <p>{t("coverage.inGapsCount", { count: Math.round(f.inGaps) })}</p>
      {f.noStreetData > 0 && <p>{t("coverage.noStreetDataCount", { count: Math.round(f.noStreetData) })}</p>}
      {c && (
        <p data-testid="report-scenario">
          {t(`workshop.compare.scenario.${c.source}`)}: {t("workshop.percent", { percent: formatPercent(c.scenario.share, lang) })} —{" "}
          {t("workshop.compare.gained", { count: Math.round(c.gained) })}
        </p>
      )}
    </div>
  );
}

/** A plain table: the first column names the row, the others are figures (right-aligned by CSS). */
function ReportTable({ testId, headers, rows }: { testId: string; headers: string[]; rows: { key: string; cells: string[] }[] }) {
  return (
    <table className="report-table" data-testid={testId}>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ReportGaps({ model }: { model: ReportModel }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (model.gaps.length === 0) return <p>{t("workshop.report.noGaps")}</p>;
  return (
    <ReportTable
      testId="report-gaps"
      headers={[t("workshop.report.gapRank"), t("workshop.report.gapResidents"), t("workshop.report.gapArea")]}
      rows={model.gaps.map((g) => ({ key: String(g.rank), cells: [String(g.rank), formatCount(g.residents, lang), formatDecimal(g.hectares, lang)] }))}
    />
  );
}

/** Per neighbourhood, least covered first: the same figures as the panel's table. */
export function ReportAreas({ model }: { model: ReportModel }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (model.areas.length < 2) return null;
  const headers = ["name", "residents", "withinReach", "share", "noStreetData"].map((k) => t(`coverage.areas.${k}`));
  return (
    <ReportTable
      testId="report-areas"
      headers={headers}
      rows={model.areas.map((a) => ({
        key: a.id,
        cells: [a.name, formatCount(a.residents, lang), formatCount(a.withinReach, lang), a.share === null ? "–" : t("coverage.areas.shareValue", { percent: formatPercent(a.share, lang) }), formatCount(a.noStreetData, lang)],
      }))}
    />
  );
}

export function ReportProposals({ model }: { model: ReportModel }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (model.proposals.length === 0) return <p>{t("workshop.report.noProposals")}</p>;
  const headers = ["proposalName", "proposalStatus", "proposalSupport", "proposalGain"].map((k) => t(`workshop.report.${k}`));
  return (
    <ReportTable
      testId="report-proposals"
      headers={headers}
      rows={model.proposals.map((p) => ({
        key: p.id,
        cells: [p.name, t(`proposals.status.${p.status}`), formatCount(p.support, lang), p.gain === undefined ? "–" : `+${formatCount(p.gain, lang)}`],
      }))}
    />
  );
}

export function ReportSettings({ model }: { model: ReportModel }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { settings } = model;
  return (
    <ul className="report-settings">
      {settingsWording({ ...settings, sources: model.sources, mode: model.figures?.mode }).map((w, i) => (
        <li key={i}>{wordSetting(w, (key, params) => t(key, params))}</li>
      ))}
      <li>{t("workshop.report.analysisDate", { date: new Date(model.date).toLocaleDateString(lang) })}</li>
    </ul>
  );
}
