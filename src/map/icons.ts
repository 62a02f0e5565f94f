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

// --- Proposal markers: regular polygons (one shape per proposal status) and the keyboard crosshair.

/** A regular polygon: `sides` corners, the first at `rotation` radians from "up" (clockwise). */
export interface PolygonShape {
  sides: number;
  rotation: number;
}

/** Signed distance to a regular polygon inscribed in radius r: the largest distance to any edge's line. */
function polygonDistance({ sides, rotation }: PolygonShape, x: number, y: number, r: number): number {
  const apothem = r * Math.cos(Math.PI / sides);
  let d = -Infinity;
  for (let k = 0; k < sides; k++) {
    // Edge normals sit halfway between corners; "up" is -π/2 because y grows downwards.
    const angle = -Math.PI / 2 + rotation + Math.PI / sides + (2 * Math.PI * k) / sides;
    d = Math.max(d, x * Math.cos(angle) + y * Math.sin(angle) - apothem);
  }
  return d;
}

function paint(size: number, colourAt: (x: number, y: number) => [number, number, number, number] | null): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const rgba = colourAt(i + 0.5 - size / 2, j + 0.5 - size / 2);
      if (rgba) data.set(rgba, (j * size + i) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** A filled regular polygon with a darker outline, anti-aliased like rasterIcon. */
export function rasterPolygon(shape: PolygonShape, size: number, fill: string, stroke: string, strokeWidth = 2): RgbaImage {
  const r = size / 2 - 2;
  const f = hexToRgb(fill);
  const s = hexToRgb(stroke);
  return paint(size, (x, y) => {
    const d = polygonDistance(shape, x, y, r);
    const coverage = Math.min(1, Math.max(0, 0.5 - d));
    if (coverage <= 0) return null;
    return [...(d > -strokeWidth ? s : f), Math.round(coverage * 255)];
  });
}

/** A crosshair: a ring and four arms in `color`, each edged in white so it reads on any background. */
export function rasterCrosshair(size: number, color: string): RgbaImage {
  const c = hexToRgb(color);
  const r = size / 2 - 4;
  return paint(size, (x, y) => {
    const ring = Math.abs(Math.hypot(x, y) - r * 0.55);
    const arm = Math.min(Math.abs(x), Math.abs(y));
    const onArm = Math.max(Math.abs(x), Math.abs(y)) <= r && Math.hypot(x, y) > r * 0.25;
    const d = Math.min(ring, onArm ? arm : Infinity);
    if (d <= 1.5) return [...c, 255];
    if (d <= 3) return [255, 255, 255, 230];
    return null;
  });
}
