/**
 * Map symbols drawn as pixels in code, so that the legend and the map share one shape per
 * layer and nothing is fetched. Pure: returns RGBA bytes that map.addImage accepts.
 */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export type IconShape = "circle" | "triangle";

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Signed distance (in pixels, negative inside) from a pixel centre to the shape's edge. */
function shapeDistance(shape: IconShape, x: number, y: number, r: number): number {
  if (shape === "circle") return Math.hypot(x, y) - r;
  // Upward equilateral triangle inscribed in a circle of radius r (y grows downwards):
  // the larger of the distances to the bottom edge and to the two slanted edges.
  const slanted = (Math.sqrt(3) / 2) * Math.abs(x) - y / 2 - r / 2;
  return Math.max(slanted, y - r / 2);
}

/** A filled shape with a darker outline, anti-aliased over one pixel. */
export function rasterIcon(shape: IconShape, size: number, fill: string, stroke: string, strokeWidth = 2): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  const r = size / 2 - 2;
  const [fr, fg, fb] = hexToRgb(fill);
  const [sr, sg, sb] = hexToRgb(stroke);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const d = shapeDistance(shape, i + 0.5 - size / 2, j + 0.5 - size / 2, r);
      const o = (j * size + i) * 4;
      const coverage = Math.min(1, Math.max(0, 0.5 - d));
      if (coverage <= 0) continue;
      const inStroke = d > -strokeWidth;
      data[o] = inStroke ? sr : fr;
      data[o + 1] = inStroke ? sg : fg;
      data[o + 2] = inStroke ? sb : fb;
      data[o + 3] = Math.round(coverage * 255);
    }
  }
  return { width: size, height: size, data };
}

/** A tileable diagonal hatch: stripes of `color` over a pale tint of it. */
export function rasterHatch(size: number, color: string, stripe = 3): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = hexToRgb(color);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const o = (j * size + i) * 4;
      const onStripe = (i + j) % size < stripe;
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = b;
      data[o + 3] = onStripe ? 230 : 70;
    }
  }
  return { width: size, height: size, data };
}
