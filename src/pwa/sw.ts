/**
 * The service worker: once the app has been opened, the app, its lazy parts, the demo and the
 * demo base map come from the cache, so the app opens and works without a network. Data the
 * user loaded lives in IndexedDB already. Built by vite-plugin-pwa (injectManifest), which
 * writes the list of files into `self.__WB_MANIFEST`.
 */
import { clientsClaim } from "workbox-core";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { createPartialResponse } from "workbox-range-requests";
import { registerRoute } from "workbox-routing";

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// PMTiles reads its archive in byte ranges. The precache holds the whole file and answers
// with all of it, which PMTiles rejects: this route, registered before the precache's own so
// it wins, cuts the asked range out of the cached copy.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && url.pathname.endsWith(".pmtiles") && request.headers.has("range"),
  async ({ request, url }) => {
    const cached = await matchPrecache(url.origin + url.pathname);
    return cached ? createPartialResponse(request, cached) : fetch(request);
  },
);

// Query strings do not change the app (its state is in the #hash): "?x" opens the cached page too.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

// The first install takes the open page at once, so it works offline without a reload. A
// later version waits (the old one keeps serving) until the user chooses "Nu vernieuwen".
clientsClaim();
self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});
