import { addProtocol, importScriptInWorkers, setWorkerUrl } from "maplibre-gl";
import { Protocol } from "pmtiles";
// MapLibre's worker is a self-contained module; Vite copies it next to the bundle, so the map
// loads it from our own origin (the default would look beside the bundled main chunk).
import workerUrl from "maplibre-gl/dist/maplibre-gl-worker.mjs?url";
import bytesProtocolUrl from "./maplibre-bytes-protocol.mjs?url";
import { BYTES_PROTOCOL, readBytesOnPage } from "./blob-source";

let done = false;

/** The one pmtiles:// protocol: the demo's base map by URL, and archives held in memory (added by key, see big-layers.ts). */
export const pmtilesProtocol = new Protocol();

/** Once per page, before any map is made: MapLibre's worker URL and the pmtiles:// protocol. */
export function setUpMapLibre(): void {
  if (done) return;
  setWorkerUrl(workerUrl);
  addProtocol("pmtiles", pmtilesProtocol.tile);
  // GeoJSON as bytes: read in MapLibre's workers once the script is in; on the page until then.
  addProtocol(BYTES_PROTOCOL, readBytesOnPage);
  void importScriptInWorkers(bytesProtocolUrl);
  done = true;
}
