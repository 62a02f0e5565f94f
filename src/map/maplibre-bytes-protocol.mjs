// Loaded into MapLibre's own workers (importScriptInWorkers, src/map/setup.ts). GeoJSON handed to
// a source as "bytes://blob:…" (src/map/blob-source.ts) is fetched and parsed here, in the
// worker. Without this MapLibre sends every non-http URL back to the page to load, and the
// page would parse and serialise the data after all.
self.addProtocol("bytes", async (params, abortController) => {
  const response = await fetch(params.url.slice("bytes://".length), { signal: abortController.signal });
  if (!response.ok) throw new Error(`bytes: ${response.status}`);
  return { data: await response.json() };
});
