/**
 * Switches the base map under the data layers: the demo's offline PMTiles (default), a local
 * .pmtiles file the planner opened (read with pmtiles' FileSource through our own "pmfile://"
 * protocol, so nothing is uploaded or fetched), or an opt-in online preset. Only the base
 * map's source and layers are swapped; the data layers and their state stay. What went
 * wrong (an unreadable file, a host that ignores HTTP Range) goes to the store in words.
 */
import { addProtocol, type LayerSpecification, type Map as MapLibreMap, type SourceSpecification, type StyleSpecification } from "maplibre-gl";
import { FileSource, PMTiles, TileType } from "pmtiles";
import type { BasemapChoice, BasemapPreset } from "../state/slices/datasets";
import { basemapProblemOf, HttpSource, HttpStatusError, RangeNotSupportedError } from "../data/pmtiles/http-source";
import type { AppStore } from "../state/store";
import { BASEMAP_SOURCE } from "./base-style";
import { rasterLayers, rasterSource, vectorLayersFor } from "./basemap-styles";
import { pmtilesProtocol } from "./setup";

const OSM = "© OpenStreetMap contributors";

/** Online base maps Flemish and Dutch planners use, with the attribution each licence asks for. */
export const PRESETS: Record<BasemapPreset, { tiles: string[]; attribution: string; maxzoom: number }> = {
  osm: { tiles: ["https://tile.openstreetmap.org/{z}/{x}/{y}.png"], attribution: OSM, maxzoom: 19 },
  grb: {
    tiles: ["https://geo.api.vlaanderen.be/GRB/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=grb_bsk&STYLE=&FORMAT=image/png&TILEMATRIXSET=GoogleMapsVL&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}"],
    attribution: "© Digitaal Vlaanderen (GRB-basiskaart)",
    maxzoom: 20,
  },
  pdok: {
    tiles: ["https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"],
    attribution: "© Kadaster / PDOK (BRT-Achtergrondkaart, CC BY 4.0)",
    maxzoom: 19,
  },
};

const FILE_PROTOCOL = "pmfile";
const archives = new Map<string, PMTiles>();
let protocolAdded = false;

/** Serves tiles of opened files: pmfile://<key>/<z>/<x>/<y>. */
function addFileProtocol() {
  if (protocolAdded) return;
  protocolAdded = true;
  addProtocol(FILE_PROTOCOL, async (params, abort) => {
    const match = /^pmfile:\/\/(.+)\/(\d+)\/(\d+)\/(\d+)$/.exec(params.url);
    const archive = match ? archives.get(match[1]!) : undefined;
    if (!match || !archive) throw new Error(`unknown base map tile ${params.url}`);
    const tile = await archive.getZxy(+match[2]!, +match[3]!, +match[4]!, abort.signal);
    return { data: tile ? new Uint8Array(tile.data) : new Uint8Array() };
  });
}

interface Base {
  source: SourceSpecification;
  layers: LayerSpecification[];
}

let fileCount = 0;
async function fileBase(name: string, blob: Blob): Promise<Base> {
  addFileProtocol();
  const key = `file${++fileCount}`;
  const archive = new PMTiles(new FileSource(new File([blob], key)));
  archives.set(key, archive);
  const header = await archive.getHeader();
  const meta = ((await archive.getMetadata().catch(() => ({}))) ?? {}) as { vector_layers?: { id: string }[]; attribution?: string };
  const tiles = [`${FILE_PROTOCOL}://${key}/{z}/{x}/{y}`];
  const common = { tiles, minzoom: header.minZoom, maxzoom: header.maxZoom, bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat] as [number, number, number, number], attribution: meta.attribution || name };
  if (header.tileType === TileType.Mvt) {
    return { source: { type: "vector", ...common }, layers: vectorLayersFor((meta.vector_layers ?? []).map((l) => l.id)) };
  }
  return { source: { type: "raster", tileSize: 256, ...common }, layers: rasterLayers() };
}

async function baseFor(choice: BasemapChoice, demo: () => StyleSpecification): Promise<Base> {
  if (choice.type === "file") return fileBase(choice.name, choice.blob);
  if (choice.type === "preset") {
    const p = PRESETS[choice.id];
    return { source: rasterSource(p.tiles, p.attribution, p.maxzoom), layers: rasterLayers() };
  }
  const style = demo();
  return { source: style.sources[BASEMAP_SOURCE]!, layers: style.layers };
}

/** Replaces the base source and its layers, keeping everything drawn above them. */
function swap(map: MapLibreMap, base: Base) {
  const current = map.getStyle().layers;
  const isBase = (l: LayerSpecification) => l.id === "background" || ("source" in l && l.source === BASEMAP_SOURCE);
  for (const l of current.filter(isBase)) map.removeLayer(l.id);
  if (map.getSource(BASEMAP_SOURCE)) map.removeSource(BASEMAP_SOURCE);
  map.addSource(BASEMAP_SOURCE, base.source);
  const firstAbove = current.find((l) => !isBase(l))?.id;
  for (const layer of base.layers) map.addLayer(layer, firstAbove);
}

/**
 * Reads the archive at `url` (the demo's base map) through our HttpSource, which copes with
 * hosts that ignore HTTP Range. Call after setUpMapLibre and before the map asks for it.
 */
export function serveArchiveOverHttp(url: string): void {
  if (!pmtilesProtocol.get(url)) pmtilesProtocol.add(new PMTiles(new HttpSource(url)));
}

/** A host that ignores Range for a large archive, or answers with an error: said in words in the picker. */
export function reportBasemapProblems(map: MapLibreMap, store: AppStore, url: string): () => void {
  const onError = (e: { sourceId?: string; error?: unknown }) => {
    if (e.sourceId !== BASEMAP_SOURCE || store.getState().basemap.type !== "demo") return;
    if (e.error instanceof RangeNotSupportedError || e.error instanceof HttpStatusError) store.getState().setBasemapProblem(basemapProblemOf(e.error, url));
  };
  map.on("error", onError);
  return () => map.off("error", onError);
}

/** Follows the store's base map choice. `demo` gives the demo's style (with its translated attribution). */
export function bindBasemap(map: MapLibreMap, store: AppStore, demo: () => StyleSpecification): () => void {
  let applied: BasemapChoice = { type: "demo" };
  let seq = 0;
  const apply = async (choice: BasemapChoice) => {
    if (choice === applied || (choice.type === "demo" && applied.type === "demo")) return;
    const mine = ++seq;
    try {
      const base = await baseFor(choice, demo);
      if (mine !== seq) return; // a newer choice came in while this one was read
      swap(map, base);
      applied = choice;
      store.getState().setBasemapProblem(null);
    } catch (error) {
      // An unreadable file: keep the current base map, go back to it in the store, and say why.
      console.warn("base map not applied", error);
      if (mine !== seq) return;
      store.getState().setBasemap(applied);
      store.getState().setBasemapProblem(basemapProblemOf(error, choice.type === "file" ? choice.name : choice.type));
    }
  };
  void apply(store.getState().basemap);
  return store.subscribe((next, prev) => {
    if (next.basemap !== prev.basemap) void apply(next.basemap);
  });
}
