/**
 * Where the PNG export draws its title, legend, scale bar, north arrow and attribution, in
 * output pixels. Pure, so the layout is tested in Node and the browser test knows where to look.
 */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  /** Size unit: one CSS pixel of the screen map at the chosen scale. */
  u: number;
  title: Rect;
  legend: Rect;
  legendRow: number;
  north: Rect;
  scaleBar: Rect;
  attribution: Rect;
}

const MARGIN = 12;
const LEGEND_W = 260;
const ROW = 22;

export function exportLayout(cssWidth: number, cssHeight: number, scale: number, legendRows: number): ExportLayout {
  const u = scale;
  const width = Math.round(cssWidth * scale);
  const height = Math.round(cssHeight * scale);
  const m = MARGIN * u;
  const legendH = (legendRows * ROW + 36) * u;
  return {
    width,
    height,
    u,
    title: { x: m, y: m, w: Math.min(width - 2 * m - 60 * u, 520 * u), h: 58 * u },
    legend: { x: m, y: height - m - 22 * u - legendH, w: LEGEND_W * u, h: legendH },
    legendRow: ROW * u,
    north: { x: width - m - 44 * u, y: m, w: 44 * u, h: 58 * u },
    scaleBar: { x: width - m - 170 * u, y: height - m - 56 * u, w: 170 * u, h: 30 * u },
    attribution: { x: 0, y: height - 22 * u, w: width, h: 22 * u },
  };
}

/** Metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel tiles). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest round distance (1, 2 or 5 × 10^n metres) that fits in maxPx CSS pixels. */
export function scaleBarLength(metresPerPx: number, maxPx: number): { metres: number; px: number } {
  const maxM = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxM));
  const metres = [5, 2, 1].map((f) => f * pow).find((m) => m <= maxM) ?? pow;
  return { metres, px: metres / metresPerPx };
}
