// `npm run icons`: draws the app icons (public/icons/*.png) from public/favicon.svg, so every
// PNG can be made again byte for byte. The favicon is two overlapping circles; this draws
// exactly that kind of SVG (circles with fill, fill-opacity, stroke, stroke-width) and fails on
// anything else rather than draw a different picture.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { zlibSync } from "fflate";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Circle {
  cx: number;
  cy: number;
  r: number;
  fill: [number, number, number];
  fillOpacity: number;
  stroke: [number, number, number] | null;
  strokeWidth: number;
}

function hex(colour: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!m) throw new Error(`unsupported colour: ${colour}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function readSvg(text: string): { size: number; circles: Circle[] } {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(text);
  if (!viewBox || viewBox[1] !== viewBox[2]) throw new Error("expected a square viewBox starting at 0 0");
  const elements = [...text.matchAll(/<(\w+)([^>]*)\/?>/g)].filter((m) => m[1] !== "svg");
  const circles = elements.map(([, name, attrs]) => {
    if (name !== "circle") throw new Error(`unsupported element: ${name}`);
    const attr = (key: string) => new RegExp(`\\b${key}="([^"]*)"`).exec(attrs)?.[1];
    const stroke = attr("stroke");
    return {
      cx: Number(attr("cx")),
      cy: Number(attr("cy")),
      r: Number(attr("r")),
      fill: hex(attr("fill") ?? "#000000"),
      fillOpacity: Number(attr("fill-opacity") ?? 1),
      stroke: stroke ? hex(stroke) : null,
      strokeWidth: Number(attr("stroke-width") ?? 1),
    };
  });
  return { size: Number(viewBox[1]), circles };
}

/**
 * Paints the circles with 4×4 samples per pixel, in SVG order (each circle's fill, then its
 * stroke). `scale` is pixels per SVG unit, the drawing centred; `background` is opaque or null.
 */
function rasterise(svg: { size: number; circles: Circle[] }, pixels: number, scale: number, background: [number, number, number] | null): Uint8Array {
  const SAMPLES = 4;
  const offset = (pixels - svg.size * scale) / 2;
  const rgba = new Uint8Array(pixels * pixels * 4);
  for (let y = 0; y < pixels; y++) {
    for (let x = 0; x < pixels; x++) {
      let r = 0, g = 0, b = 0, a = 0; // premultiplied sums over the samples
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const ux = (x + (sx + 0.5) / SAMPLES - offset) / scale;
          const uy = (y + (sy + 0.5) / SAMPLES - offset) / scale;
          let pr = 0, pg = 0, pb = 0, pa = 0;
          if (background) [pr, pg, pb, pa] = [...background, 1];
          const over = (c: [number, number, number], alpha: number) => {
            pr = c[0] * alpha + pr * (1 - alpha);
            pg = c[1] * alpha + pg * (1 - alpha);
            pb = c[2] * alpha + pb * (1 - alpha);
            pa = alpha + pa * (1 - alpha);
          };
          for (const circle of svg.circles) {
            const d = Math.hypot(ux - circle.cx, uy - circle.cy);
            if (d <= circle.r) over(circle.fill, circle.fillOpacity);
            if (circle.stroke && Math.abs(d - circle.r) <= circle.strokeWidth / 2) over(circle.stroke, 1);
          }
          r += pr; g += pg; b += pb; a += pa;
        }
      }
      const i = (y * pixels + x) * 4;
      const n = SAMPLES * SAMPLES;
      rgba[i + 3] = Math.round((a / n) * 255);
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** An 8-bit RGBA PNG without filters: no timestamps or text chunks, so the bytes depend on the pixels only. */
function encodePng(rgba: Uint8Array, pixels: number): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, pixels);
  view.setUint32(4, pixels);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = new Uint8Array(pixels * (pixels * 4 + 1));
  for (let y = 0; y < pixels; y++) rows.set(rgba.subarray(y * pixels * 4, (y + 1) * pixels * 4), y * (pixels * 4 + 1) + 1);
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", zlibSync(rows, { level: 9 })), chunk("IEND", new Uint8Array())];
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const svg = readSvg(readFileSync(path.join(repoRoot, "public", "favicon.svg"), "utf8"));
const WHITE: [number, number, number] = [255, 255, 255];
// A maskable icon may be cut to a circle of 80 % of its width: the drawing (about 30 × 20 units,
// half a diagonal of 18) is scaled to stay inside it, on a full white square.
const icons = [
  { file: "icon-192.png", pixels: 192, scale: 192 / svg.size, background: null },
  { file: "icon-512.png", pixels: 512, scale: 512 / svg.size, background: null },
  { file: "icon-maskable-512.png", pixels: 512, scale: (0.4 * 512) / 19, background: WHITE },
];
const outDir = path.join(repoRoot, "public", "icons");
mkdirSync(outDir, { recursive: true });
for (const icon of icons) {
  const png = encodePng(rasterise(svg, icon.pixels, icon.scale, icon.background), icon.pixels);
  writeFileSync(path.join(outDir, icon.file), png);
  console.log(`public/icons/${icon.file}  ${(png.length / 1024).toFixed(1)} KiB`);
}
