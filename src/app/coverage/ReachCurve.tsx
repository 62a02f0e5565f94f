import { useTranslation } from "react-i18next";
import { useAppStore } from "../../state/react";
import { formatCount, formatPercent } from "./format";

const W = 300;
const H = 150;
const PAD = { left: 34, right: 8, top: 8, bottom: 28 };

/**
 * Cumulative share of residents reached against walking distance, with the chosen limit
 * marked. A plain SVG: one polyline and two axes do not need a charting library.
 */
export function ReachCurve() {
  const { t, i18n } = useTranslation();
  const curve = useAppStore((s) => s.coverage.reachCurve);
  const limitM = useAppStore((s) => s.coverageSettings.limitM);
  const shareAtLimit = useAppStore((s) => s.coverage.figures?.share);
  if (!curve || curve.length < 2) return null;
  const maxD = curve[curve.length - 1].distanceM;
  const x = (d: number) => PAD.left + (d / maxD) * (W - PAD.left - PAD.right);
  const y = (share: number) => H - PAD.bottom - share * (H - PAD.top - PAD.bottom);
  const points = curve.map((p) => `${x(p.distanceM).toFixed(1)},${y(p.share).toFixed(1)}`).join(" ");
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const dTicks = [0, maxD / 2, maxD].map((d) => Math.round(d / 100) * 100);
  const label = t("coverage.curveLabel", { metres: limitM, percent: formatPercent(shareAtLimit ?? 0, i18n.language) });
  return (
    <figure className="reach-curve">
      <figcaption>{t("analysis.reachCurve.title")}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} width="100%">
        {ticks.map((s) => (
          <g key={s}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} stroke="#e3ded6" />
            <text x={PAD.left - 4} y={y(s) + 4} textAnchor="end" fontSize="10" fill="#57524b">
              {s * 100}
            </text>
          </g>
        ))}
        {dTicks.map((d) => (
          <text key={d} x={x(d)} y={H - PAD.bottom + 14} textAnchor="middle" fontSize="10" fill="#57524b">
            {formatCount(d, i18n.language)}
          </text>
        ))}
        <text x={(W + PAD.left) / 2} y={H - 2} textAnchor="middle" fontSize="10" fill="#57524b">
          {t("analysis.reachCurve.axisDistance")}
        </text>
        {limitM <= maxD && (
          <g>
            <line x1={x(limitM)} x2={x(limitM)} y1={PAD.top} y2={H - PAD.bottom} stroke="#c0392b" strokeDasharray="4 3" strokeWidth="1.5" />
            <text x={x(limitM) + 3} y={PAD.top + 10} fontSize="10" fill="#8e1f14">
              {t("coverage.limitMarker")}
            </text>
          </g>
        )}
        <polyline points={points} fill="none" stroke="#08306b" strokeWidth="2" />
      </svg>
    </figure>
  );
}
