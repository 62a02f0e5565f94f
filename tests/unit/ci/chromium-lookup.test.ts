import path from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium, findOnPath, NoChromiumError, type ChromiumHost } from "../../browser/chromium";

const NPM_BINARY = "/unpacked/chromium";

/** A machine made of a PATH, a set of executable files and an npm Chromium that may unpack or fail. */
function host(opts: {
  env?: Record<string, string>;
  executables?: string[];
  platform?: string;
  arch?: string;
  unpack?: () => Promise<{ executablePath: string; fontconfigFile: string }>;
}): ChromiumHost & { unpacked: number } {
  const executables = new Set(opts.executables ?? []);
  const h = {
    unpacked: 0,
    env: { PATH: ["/usr/local/bin", "/usr/bin"].join(path.delimiter), ...opts.env },
    platform: opts.platform ?? "linux",
    arch: opts.arch ?? "x64",
    isExecutable: (file: string) => executables.has(file),
    unpackNpmChromium: async () => {
      h.unpacked++;
      return (opts.unpack ?? (async () => ({ executablePath: NPM_BINARY, fontconfigFile: "/unpacked/fonts.conf" })))();
    },
  };
  return h;
}

async function oneLineError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NoChromiumError);
  const message = (error as Error).message;
  expect(message).not.toContain("\n");
  return message;
}

describe("Chromium lookup order", () => {
  it("takes CHROMIUM_PATH before a system Chromium and before the npm one", async () => {
    const h = host({ env: { CHROMIUM_PATH: "/opt/chrome/chrome" }, executables: ["/opt/chrome/chrome", "/usr/bin/chromium"] });
    expect(await findChromium(h)).toEqual({ executablePath: "/opt/chrome/chrome", source: "CHROMIUM_PATH", env: {} });
    expect(h.unpacked).toBe(0);
  });

  it("says in one line when CHROMIUM_PATH names no executable, and does not fall back", async () => {
    const h = host({ env: { CHROMIUM_PATH: "/nowhere/chrome" }, executables: ["/usr/bin/chromium"] });
    expect(await oneLineError(findChromium(h))).toContain("/nowhere/chrome");
    expect(h.unpacked).toBe(0);
  });

  it("takes the first chromium on the PATH, then chromium-browser, before the npm one", async () => {
    const both = host({ executables: ["/usr/bin/chromium", "/usr/local/bin/chromium-browser"] });
    expect(await findChromium(both)).toMatchObject({ executablePath: "/usr/bin/chromium", source: "system" });
    const browserOnly = host({ executables: ["/usr/local/bin/chromium-browser"] });
    expect(await findChromium(browserOnly)).toMatchObject({ executablePath: "/usr/local/bin/chromium-browser", source: "system" });
    expect(both.unpacked + browserOnly.unpacked).toBe(0);
  });

  it("uses the npm Chromium, with its fonts, when there is no system one", async () => {
    const h = host({ executables: [] });
    expect(await findChromium(h)).toEqual({ executablePath: NPM_BINARY, source: "npm", env: { FONTCONFIG_FILE: "/unpacked/fonts.conf" } });
    expect(h.unpacked).toBe(1);
  });

  it("CHROMIUM_FALLBACK=npm passes over the system Chromium, but not over CHROMIUM_PATH", async () => {
    const forced = host({ env: { CHROMIUM_FALLBACK: "npm" }, executables: ["/usr/bin/chromium"] });
    expect(await findChromium(forced)).toMatchObject({ executablePath: NPM_BINARY, source: "npm" });
    const explicit = host({ env: { CHROMIUM_FALLBACK: "npm", CHROMIUM_PATH: "/usr/bin/chromium" }, executables: ["/usr/bin/chromium"] });
    expect(await findChromium(explicit)).toMatchObject({ source: "CHROMIUM_PATH" });
  });

  it("refuses an unknown CHROMIUM_FALLBACK in one line", async () => {
    expect(await oneLineError(findChromium(host({ env: { CHROMIUM_FALLBACK: "puppeteer" } })))).toContain("npm");
  });
});

describe("Chromium lookup says in one line why not", () => {
  it("on a machine the npm Chromium is not built for", async () => {
    const h = host({ platform: "darwin", arch: "arm64" });
    const message = await oneLineError(findChromium(h));
    expect(message).toContain("Linux x64 only, not darwin arm64");
    expect(message).toContain("apt-get install chromium");
    expect(message).toContain("CHROMIUM_PATH");
    expect(h.unpacked).toBe(0);
  });

  it("when the npm Chromium is missing or cannot be unpacked", async () => {
    const h = host({
      unpack: async () => {
        throw new Error("Cannot find module '@sparticuz/chromium'\nRequire stack:\n- chromium.ts");
      },
    });
    const message = await oneLineError(findChromium(h));
    expect(message).toContain("Cannot find module '@sparticuz/chromium'");
    expect(message).not.toContain("Require stack");
    expect(message).toContain("npm ci");
  });
});

describe("findOnPath", () => {
  it("looks through the PATH in order and skips empty entries", () => {
    const pathVar = ["", "/a", "/b"].join(path.delimiter);
    const isExecutable = (f: string) => f === path.join("/b", "chromium") || f === path.join("/a", "chromium");
    expect(findOnPath("chromium", pathVar, isExecutable)).toBe(path.join("/a", "chromium"));
    expect(findOnPath("chromium", pathVar, () => false)).toBeNull();
    expect(findOnPath("chromium", undefined, () => true)).toBeNull();
  });
});
