import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

/**
 * The run's one Chromium (launched as a server by global-setup.ts): each test file connects in
 * its beforeAll and disconnects after; every test opens its own context, so no state is shared.
 * One browser for the whole run instead of one per file saves its start-up on a two-core machine.
 */
export function connectSharedBrowser(take: (browser: Browser) => void): void {
  let connected: Browser | undefined;
  beforeAll(async () => {
    connected = await chromium.connect(inject("browserWsEndpoint"));
    take(connected);
  });
  afterAll(async () => {
    await connected?.close(); // a connected browser only disconnects; the server stays for the next file
  });
}
