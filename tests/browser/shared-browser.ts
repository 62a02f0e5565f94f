import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

/**
 * Defaults for every context a test opens (`newPage()` makes its context through `newContext()` too):
 * - service workers blocked: the production build registers one (src/pwa/), and requests it
 *   answers never reach `route()`, so the tests' network guard and their stubbed servers would
 *   see nothing; tests/browser/offline.test.ts asks for `serviceWorkers: "allow"`;
 * - a Flemish browser (nl-BE): the app follows the browser's language on a first visit, and the
 *   tests read its Dutch texts; languages.test.ts sets other locales.
 */
function contextDefaults(browser: Browser): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options) => newContext({ serviceWorkers: "block", locale: "nl-BE", ...options });
}

/**
 * The run's one Chromium (launched as a server by global-setup.ts): each test file connects in
 * its beforeAll and disconnects after; every test opens its own context, so no state is shared.
 * One browser for the whole run instead of one per file saves its start-up on a two-core machine.
 */
export function connectSharedBrowser(take: (browser: Browser) => void): void {
  let connected: Browser | undefined;
  beforeAll(async () => {
    connected = await chromium.connect(inject("browserWsEndpoint"));
    contextDefaults(connected);
    take(connected);
  });
  afterAll(async () => {
    await connected?.close(); // a connected browser only disconnects; the server stays for the next file
  });
}
