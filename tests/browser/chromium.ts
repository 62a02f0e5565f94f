import { execFile } from "node:child_process";
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { chromium, type Browser, type BrowserContext, type BrowserServer, type LaunchOptions } from "playwright-core";

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

/** The devDependency that carries a headless Chromium (with SwiftShader) inside its npm tarball. */
export const NPM_CHROMIUM = "@sparticuz/chromium";

export type ChromiumSource = "CHROMIUM_PATH" | "system" | "npm";

export interface ChromiumChoice {
  executablePath: string;
  source: ChromiumSource;
  /** Extra environment for the browser process. */
  env: Record<string, string>;
}

/** What the lookup reads from the machine; unit tests pass their own. */
export interface ChromiumHost {
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  arch: string;
  isExecutable(file: string): boolean;
  /** Unpacks the npm Chromium (once per version) and returns its binary and its fonts.conf. */
  unpackNpmChromium(): Promise<{ executablePath: string; fontconfigFile: string }>;
}

/** Raised with one line that says what is missing and what to install. */
export class NoChromiumError extends Error {}

const INSTALL_ADVICE =
  "install one with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary";

export function findOnPath(name: string, pathVar: string | undefined, isExecutable: (file: string) => boolean): string | null {
  for (const dir of (pathVar ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, name);
    if (isExecutable(file)) return file;
  }
  return null;
}

/**
 * CHROMIUM_PATH first, then a system `chromium` (or `chromium-browser`) on the PATH, then the
 * Chromium that `npm ci` brought (Linux x64 only). CHROMIUM_FALLBACK=npm skips the system one,
 * so the npm one can be tried on a machine that has both.
 */
export async function findChromium(host: ChromiumHost = machine()): Promise<ChromiumChoice> {
  const fromEnv = host.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!host.isExecutable(fromEnv)) throw new NoChromiumError(`CHROMIUM_PATH points to ${fromEnv}, which is not an executable file.`);
    return { executablePath: fromEnv, source: "CHROMIUM_PATH", env: {} };
  }
  const fallback = host.env.CHROMIUM_FALLBACK;
  if (fallback && fallback !== "npm") throw new NoChromiumError(`CHROMIUM_FALLBACK=${fallback} is not known; the only value is "npm".`);
  if (fallback !== "npm") {
    const found = findOnPath("chromium", host.env.PATH, host.isExecutable) ?? findOnPath("chromium-browser", host.env.PATH, host.isExecutable);
    if (found) return { executablePath: found, source: "system", env: {} };
  }
  const why = fallback === "npm" ? "CHROMIUM_FALLBACK=npm asks for the npm Chromium" : "no Chromium on the PATH";
  if (host.platform !== "linux" || host.arch !== "x64") {
    throw new NoChromiumError(
      `No Chromium for the browser tests: ${why}, and the one that comes with npm ci (${NPM_CHROMIUM}) is for Linux x64 only, not ${host.platform} ${host.arch}; ${INSTALL_ADVICE}.`,
    );
  }
  let unpacked;
  try {
    unpacked = await host.unpackNpmChromium();
  } catch (error) {
    throw new NoChromiumError(`No Chromium for the browser tests: ${why}, and ${NPM_CHROMIUM} could not be unpacked (${firstLine(error)}); run \`npm ci\`, or ${INSTALL_ADVICE}.`);
  }
  return { executablePath: unpacked.executablePath, source: "npm", env: { FONTCONFIG_FILE: unpacked.fontconfigFile } };
}

export function describeChoice(choice: ChromiumChoice): string {
  const from = { CHROMIUM_PATH: "CHROMIUM_PATH", system: "the PATH", npm: `${NPM_CHROMIUM} (npm)` }[choice.source];
  return `browser tests use ${choice.executablePath}, from ${from}`;
}

export function launchChromium(choice?: ChromiumChoice): Promise<Browser> {
  return started(choice, (options) => chromium.launch(options));
}

/** One Chromium for a whole run of browser tests, which each test file connects to (global-setup.ts, shared-browser.ts). */
export function launchChromiumServer(choice?: ChromiumChoice): Promise<BrowserServer> {
  return started(choice, (options) => chromium.launchServer(options));
}

async function started<T>(choice: ChromiumChoice | undefined, launch: (options: LaunchOptions) => Promise<T>): Promise<T> {
  const use = choice ?? (await findChromium());
  try {
    return await launch({ executablePath: use.executablePath, args: CHROMIUM_FLAGS, headless: true, env: { ...process.env, ...use.env } });
  } catch (error) {
    if (use.source !== "npm") throw error;
    // Its binary needs a few system libraries (NSS, NSPR, expat); say which, in one line.
    throw new NoChromiumError(
      `The Chromium from ${NPM_CHROMIUM} did not start (${firstLine(error)}); install its libraries with \`sudo apt-get install libnss3 libexpat1\`, or ${INSTALL_ADVICE}.`,
    );
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n").find((l) => l.trim() !== "")?.trim() ?? "no message";
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function machine(): ChromiumHost {
  return { env: process.env, platform: process.platform, arch: process.arch, isExecutable: isExecutableFile, unpackNpmChromium };
}

/**
 * The package unpacks into os.tmpdir() itself, as loose files (the binary, SwiftShader, fonts),
 * and reuses any `chromium` it finds there whatever its version. So it runs in a child process
 * whose TMPDIR is a fresh folder, which is then renamed to one folder per version: a newer
 * package never starts an older binary, and two runs unpacking at once never see half a file.
 */
export async function unpackNpmChromium(): Promise<{ executablePath: string; fontconfigFile: string }> {
  const entry = createRequire(import.meta.url).resolve(NPM_CHROMIUM);
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(entry), "../package.json"), "utf8")) as { version: string };
  const dir = path.join(os.tmpdir(), `ontmoetingskaart-chromium-${version}`);
  const result = { executablePath: path.join(dir, "chromium"), fontconfigFile: path.join(dir, "fonts.conf") };
  if (existsSync(result.fontconfigFile)) return result;

  const staging = mkdtempSync(path.join(os.tmpdir(), "ontmoetingskaart-chromium-unpacking-"));
  try {
    const script = `import c from ${JSON.stringify(pathToFileURL(entry).href)}; process.stdout.write(await c.executablePath());`;
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script], {
      env: { ...process.env, TMPDIR: staging },
    });
    if (stdout.trim() !== path.join(staging, "chromium")) throw new Error(`unpacked to ${stdout.trim()}, not into ${staging}`);
    // Its own fonts.conf names a fixed folder; this one adds the machine's fonts and its Open Sans.
    writeFileSync(
      path.join(staging, "fonts.conf"),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
        `  <dir>${path.join(dir, "fonts")}</dir>\n  <cachedir>${path.join(dir, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
    );
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another run finished first: use its folder.
      if (!existsSync(result.fontconfigFile)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return result;
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
