// Browser-test helpers for layers drawn from vector tiles: what the live map holds and draws.
import type { Page } from "playwright-core";

type LiveMap = {
  getStyle(): { sources: Record<string, { type: string; url?: string }> };
  getSource(id: string): { type: string; getData?: () => Promise<{ features: { properties?: { id?: unknown } }[] }> } | undefined;
  queryRenderedFeatures(o: { layers: string[] }): { geometry: { type: string; coordinates: unknown }; properties: { id?: string; name?: string } }[];
  project(c: [number, number]): { x: number; y: number };
  getLayer(id: string): unknown;
};

/** The store id of the dataset loaded from `sourceFile`. */
export const datasetIdOf = (page: Page, sourceFile: string) =>
  page.evaluate((file) => {
    const s = (window.__ontmoetingskaartStore as unknown as { getState(): { datasets: { id: string; sourceFile: string }[] } }).getState();
    return s.datasets.find((d) => d.sourceFile === file)!.id;
  }, sourceFile);

/** Per source of the live map: its type, its url, and (GeoJSON) how many features of the dataset it holds. */
export const sourcesHolding = (page: Page, datasetId: string) =>
  page.evaluate(async (id) => {
    const map = window.__ontmoetingskaartMap as LiveMap;
    const out: Record<string, { type: string; url?: string; holding: number }> = {};
    for (const [name, spec] of Object.entries(map.getStyle().sources)) {
      const source = map.getSource(name)!;
      const data = source.type === "geojson" && source.getData ? await source.getData() : { features: [] };
      const holding = data.features.filter((f) => String(f.properties?.id ?? "").startsWith(`${id}:`)).length;
      out[name] = { type: source.type, url: spec.url, holding };
    }
    return out;
  }, datasetId);

/**
 * How many features `layer` draws, and the one nearest to the screen point `near` (in the
 * map's canvas, away from the side panel): its id, name and a point on it.
 */
export const renderedOn = (page: Page, layer: string, near: { x: number; y: number }) =>
  page.evaluate(
    ([styleLayer, target]) => {
      const map = window.__ontmoetingskaartMap as LiveMap;
      const drawn = map.getLayer(styleLayer) ? map.queryRenderedFeatures({ layers: [styleLayer] }) : [];
      // A point's own position, or a polygon's first ring's centre (the footprints are small squares).
      const screenPoint = (f: (typeof drawn)[number]) => {
        const ring = f.geometry.type === "Point" ? [f.geometry.coordinates as [number, number]] : (f.geometry.coordinates as [number, number][][])[0]!.slice(0, -1);
        return map.project([ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length]);
      };
      const distance = (p: { x: number; y: number }) => Math.hypot(p.x - target.x, p.y - target.y);
      const best = drawn.map((f) => ({ f, at: screenPoint(f) })).sort((a, b) => distance(a.at) - distance(b.at))[0];
      if (!best) return { count: 0, id: null, name: null, at: null };
      return { count: drawn.length, id: best.f.properties.id ?? null, name: best.f.properties.name ?? null, at: { x: best.at.x, y: best.at.y } };
    },
    [layer, near] as const,
  );
