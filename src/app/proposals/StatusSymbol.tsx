import type { ProposalStatus } from "../../proposals";
import { STATUS_SYMBOLS } from "../../proposals/status-symbols";

/** The list's status symbol: the same polygon and colours as on the map. */
export function StatusSymbol({ status, size = 20 }: { status: ProposalStatus; size?: number }) {
  const { sides, rotation, fill, outline } = STATUS_SYMBOLS[status];
  const points = Array.from({ length: sides }, (_, k) => {
    const angle = ((rotation - 90) * Math.PI) / 180 + (2 * Math.PI * k) / sides;
    return `${(10 + 8.5 * Math.cos(angle)).toFixed(2)},${(10 + 8.5 * Math.sin(angle)).toFixed(2)}`;
  }).join(" ");
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="status-symbol">
      <polygon points={points} fill={fill} stroke={outline} strokeWidth="1.8" strokeLinejoin="round" />
    </svg>
  );
}
