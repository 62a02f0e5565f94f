import { describe, expect, it } from "vitest";
import { findChromium, launchChromium, NoChromiumError, unpackNpmChromium } from "../../browser/chromium";

// The Chromium that `npm ci` brings, really started with the project's flags: CI's machine has a
// system Chromium, so without this test the fallback would never run anywhere.
const supported = process.platform === "linux" && process.arch === "x64";
const env = { ...process.env, CHROMIUM_PATH: undefined, CHROMIUM_FALLBACK: "npm" };
const machine = { env, platform: process.platform, arch: process.arch };

describe("the npm Chromium", () => {
  it.runIf(supported)("starts with the project's flags and draws WebGL 2 through SwiftShader", { timeout: 120_000 }, async () => {
    const choice = await findChromium({ ...machine, isExecutable: () => false, unpackNpmChromium });
    expect(choice.source).toBe("npm");
    const browser = await launchChromium(choice);
    try {
      const page = await browser.newPage();
      const drawn = await page.evaluate(() => {
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 4;
        const gl = canvas.getContext("webgl2");
        if (!gl) return null;
        const info = gl.getExtension("WEBGL_debug_renderer_info");
        gl.clearColor(1, 0.5, 0, 1);
        gl.clear(gl.COLOR_BUFFER_BIT);
        const pixel = new Uint8Array(4);
        gl.readPixels(1, 1, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        return { renderer: info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "", pixel: [...pixel] };
      });
      expect(drawn, "WebGL 2 context").not.toBeNull();
      expect(drawn!.renderer).toContain("SwiftShader");
      expect(drawn!.pixel).toEqual([255, 128, 0, 255]);
      // Text is measured with a real font (the machine's or the package's Open Sans).
      const width = await page.evaluate(() => {
        const ctx = document.createElement("canvas").getContext("2d")!;
        ctx.font = "16px sans-serif";
        return ctx.measureText("Ontmoetingskaart").width;
      });
      expect(width).toBeGreaterThan(50);
    } finally {
      await browser.close();
    }
  });

  it.runIf(!supported)("is refused in one line on a machine it is not built for", async () => {
    const error = await findChromium({ ...machine, isExecutable: () => false, unpackNpmChromium: async () => ({ executablePath: "", fontconfigFile: "" }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoChromiumError);
    expect((error as Error).message).not.toContain("\n");
  });
});
