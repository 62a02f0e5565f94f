/**
 * The map as a PNG at print resolution: the live canvas (it keeps its drawing buffer) is
 * re-rendered at `scale` × the screen's resolution, copied onto a canvas of that size, and
 * the title, date, legend, scale bar, north arrow and attribution are drawn on top.
 * The app asks for it through exportMapImage; the live map stays inside src/map/.
 */
import type { Map as MapLibreMap } from "maplibre-gl";
import { exportLayout, metresPerPixel, scaleBarLength, type ExportLayout } from "./export-layout";

export interface LegendItem {
  color: string;
  label: string;
  kind: "line" | "area" | "point" | "triangle";
}

export interface ExportTexts {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: LegendItem[];
  attribution: string;
  north: string;
}

let target: MapLibreMap | null = null;

/** Called by createMap once the map has loaded; the returned function detaches it. */
export function attachExportTarget(map: MapLibreMap): () => void {
  target = map;
  return () => {
    if (target === map) target = null;
  };
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

function rendered(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 10_000);
    map.once("idle", () => {
      clearTimeout(timer);
      resolve();
    });
    map.triggerRepaint();
  });
}

function box(ctx: CanvasRenderingContext2D, r: { x: number; y: number; w: number; h: number }, u: number) {
  ctx.fillStyle = "rgba(255,255,255,0.94)";
  ctx.strokeStyle = "#1a1a1a";
  ctx.lineWidth = u;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.strokeRect(r.x, r.y, r.w, r.h);
}

function drawTitle(ctx: CanvasRenderingContext2D, l: ExportLayout, texts: ExportTexts) {
  const { title: r, u } = l;
  box(ctx, r, u);
  ctx.fillStyle = "#111";
  ctx.font = `bold ${20 * u}px ${FONT}`;
  ctx.fillText(texts.title, r.x + 10 * u, r.y + 25 * u, r.w - 20 * u);
  ctx.font = `${13 * u}px ${FONT}`;
  ctx.fillText(texts.subtitle, r.x + 10 * u, r.y + 46 * u, r.w - 20 * u);
}

function drawSwatch(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, y: number, u: number) {
  ctx.fillStyle = item.color;
  ctx.strokeStyle = item.color;
  if (item.kind === "line") {
    ctx.fillRect(x, y - 3 * u, 26 * u, 6 * u);
  } else if (item.kind === "area") {
    ctx.fillRect(x, y - 8 * u, 26 * u, 16 * u);
  } else {
    ctx.beginPath();
    if (item.kind === "triangle") {
      ctx.moveTo(x + 13 * u, y - 8 * u);
      ctx.lineTo(x + 21 * u, y + 7 * u);
      ctx.lineTo(x + 5 * u, y + 7 * u);
      ctx.closePath();
    } else {
      ctx.arc(x + 13 * u, y, 7 * u, 0, 2 * Math.PI);
    }
    ctx.fill();
  }
}

function drawLegend(ctx: CanvasRenderingContext2D, l: ExportLayout, texts: ExportTexts) {
  const { legend: r, u, legendRow } = l;
  box(ctx, r, u);
  ctx.fillStyle = "#111";
  ctx.font = `bold ${13 * u}px ${FONT}`;
  ctx.fillText(texts.legendTitle, r.x + 10 * u, r.y + 20 * u, r.w - 20 * u);
  ctx.font = `${12 * u}px ${FONT}`;
  texts.legend.forEach((item, i) => {
    const y = r.y + 36 * u + i * legendRow + legendRow / 2 - 4 * u;
    drawSwatch(ctx, item, r.x + 10 * u, y, u);
    ctx.fillStyle = "#111";
    ctx.fillText(item.label, r.x + 44 * u, y + 4 * u, r.w - 54 * u);
  });
}

function drawNorth(ctx: CanvasRenderingContext2D, l: ExportLayout, label: string) {
  const { north: r, u } = l;
  box(ctx, r, u);
  const cx = r.x + r.w / 2;
  ctx.fillStyle = "#111";
  ctx.beginPath();
  ctx.moveTo(cx, r.y + 8 * u);
  ctx.lineTo(cx + 10 * u, r.y + 36 * u);
  ctx.lineTo(cx, r.y + 30 * u);
  ctx.lineTo(cx - 10 * u, r.y + 36 * u);
  ctx.closePath();
  ctx.fill();
  ctx.font = `bold ${13 * u}px ${FONT}`;
  ctx.textAlign = "center";
  ctx.fillText(label, cx, r.y + 52 * u);
  ctx.textAlign = "start";
}

function drawScaleBar(ctx: CanvasRenderingContext2D, l: ExportLayout, map: MapLibreMap) {
  const { scaleBar: r, u } = l;
  const bar = scaleBarLength(metresPerPixel(map.getCenter().lat, map.getZoom()), 140);
  box(ctx, r, u);
  const x0 = r.x + 10 * u;
  const y0 = r.y + 20 * u;
  ctx.fillStyle = "#111";
  ctx.fillRect(x0, y0, bar.px * u, 4 * u);
  ctx.fillRect(x0, y0 - 6 * u, 2 * u, 10 * u);
  ctx.fillRect(x0 + bar.px * u - 2 * u, y0 - 6 * u, 2 * u, 10 * u);
  ctx.font = `${12 * u}px ${FONT}`;
  ctx.fillText(bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`, x0, y0 - 8 * u);
}

function drawAttribution(ctx: CanvasRenderingContext2D, l: ExportLayout, text: string) {
  const { attribution: r, u } = l;
  ctx.fillStyle = "rgba(255,255,255,0.9)";
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = "#111";
  ctx.font = `${11 * u}px ${FONT}`;
  ctx.textAlign = "right";
  ctx.fillText(text, r.w - 8 * u, r.y + 15 * u, r.w - 16 * u);
  ctx.textAlign = "start";
}

/** The PNG of the current map, `scale` times its on-screen size (2 ≈ 200 dpi on A4). */
export async function exportMapImage(scale: number, texts: ExportTexts): Promise<Blob> {
  const map = target;
  if (!map) throw new Error("The map is not ready yet.");
  const container = map.getContainer();
  const layout = exportLayout(container.clientWidth, container.clientHeight, scale, texts.legend.length);
  const before = map.getPixelRatio();
  const canvas = document.createElement("canvas");
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("No 2D canvas in this browser.");
  try {
    map.setPixelRatio(scale);
    await rendered(map);
    ctx.drawImage(map.getCanvas(), 0, 0, layout.width, layout.height);
  } finally {
    map.setPixelRatio(before);
  }
  drawTitle(ctx, layout, texts);
  drawLegend(ctx, layout, texts);
  drawNorth(ctx, layout, texts.north);
  drawScaleBar(ctx, layout, map);
  drawAttribution(ctx, layout, texts.attribution);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed."))), "image/png"));
}
