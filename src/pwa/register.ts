import { offerUpdate } from "./update-notice";

const HOURLY = 60 * 60 * 1000;

/**
 * Registers the service worker (src/pwa/sw.ts) of the production build. Not in `vite dev`:
 * there a cache would serve old modules. The base is relative ("./"), so the worker and its
 * scope are the folder the app is served from, also in a sub-folder.
 *
 * The plain Service Worker API rather than workbox-window: workbox-window reports only the
 * first update a page sees, so after "Later" a still newer version would never be offered.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL;
  // Without a service worker (private mode, a browser that refuses it) the app still works online.
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(watchForUpdates, () => {});
}

/** Set when this tab asked the waiting version to take over: it reloads itself. */
let applying = false;

function watchForUpdates(registration: ServiceWorkerRegistration | undefined): void {
  // A browser that blocks service workers by policy may resolve without a registration.
  if (!registration) return;
  // Another tab said "Nu vernieuwen": the new version now serves this tab too, while its page
  // is still the old one (whose lazy parts may be gone from the new cache). Offer the reload
  // here as well; never reload by itself. Without a controller at first, the change is the
  // first install taking the page, which needs nothing.
  const hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (hadController && !applying) offerUpdate(() => location.reload());
  });
  // Waiting since an earlier visit (the user chose "Later", or the tab was never closed).
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration);
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      // With no controller this is the first install, which takes the page by itself.
      if (worker.state === "installed" && navigator.serviceWorker.controller) offer(registration);
    });
  });
  // Browsers look for a new version only when a page opens; a workshop laptop stays open all day.
  setInterval(() => {
    if (navigator.onLine) registration.update().catch(() => {});
  }, HOURLY);
}

/** A new version never takes over by itself: a form half filled in would be lost. */
function offer(registration: ServiceWorkerRegistration): void {
  offerUpdate(() => {
    const waiting = registration.waiting;
    // Another tab of the app switched already: the new version is in control, only reload.
    if (!waiting) return location.reload();
    applying = true;
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
}
