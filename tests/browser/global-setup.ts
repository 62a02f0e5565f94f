import { existsSync } from "node:fs";
import path from "node:path";
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";
import type { BrowserServer } from "playwright-core";
import { describeChoice, findChromium, launchChromiumServer } from "./chromium";

const root = path.resolve(import.meta.dirname, "../..");

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** the run's one Chromium, which every browser test file connects to (shared-browser.ts) */
    browserWsEndpoint: string;
  }
}

let server: PreviewServer | undefined;
let chromiumServer: BrowserServer | undefined;

/** Serves the production build on loopback for the browser tests (building it when missing). */
export default async function setup(project: TestProject) {
  // Before the build: a machine without a Chromium hears it at once, in one line, and the npm
  // one is unpacked here once rather than inside the first test's time limit.
  const choice = await findChromium();
  console.log(describeChoice(choice));
  if (!existsSync(path.join(root, "dist/index.html"))) {
    await build({ root, logLevel: "warn" });
  }
  server = await preview({ root, logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  project.provide("baseUrl", url);
  chromiumServer = await launchChromiumServer(choice);
  project.provide("browserWsEndpoint", chromiumServer.wsEndpoint());
  return async () => {
    await chromiumServer?.close();
    await server?.close();
  };
}
