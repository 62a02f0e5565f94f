import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Flags for headless Chromium on a machine without a GPU and without internet. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function onPath(name: string): string | null {
  try {
    return execFileSync("which", [name], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** CHROMIUM_PATH first, then Debian's `chromium` (or `chromium-browser`) on the PATH. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = onPath("chromium") ?? onPath("chromium-browser");
  if (found) return found;
  throw new Error(
    "No Chromium found for the browser tests. Install one with `sudo apt-get install chromium` " +
      "(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
}

export function isLoopback(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === "data:" || u.protocol === "blob:" || u.protocol === "about:") return true;
  return ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname) || u.hostname.startsWith("127.");
}

/**
 * Records every request of a browser context and blocks any that would leave loopback,
 * so a test can both prove that none was attempted and never touch the network.
 */
export async function guardNetwork(context: BrowserContext): Promise<string[]> {
  const offLoopback: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    offLoopback.push(url);
    return route.abort();
  });
  return offLoopback;
}
