// The walking-time colours as people see them: against the base map, at the limit, and with
// red–green colour blindness (simulated with Machado et al. 2009, severity 1, in linear RGB).
import { describe, expect, it } from "vitest";
import { DISTANCE_CLASSES, UNREACHED_COLOR } from "../../../src/coverage/distance-classes";
import { baseStyle } from "../../../src/map/base-style";

type Rgb = [number, number, number];
const linear = (hex: string): Rgb =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as Rgb;
const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const MACHADO: Record<string, number[][]> = {
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
};
const simulate = (c: Rgb, m: number[][]): Rgb => m.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2]))) as Rgb;
/** CIE Lab (D65) and the CIE76 distance: about 2.3 is just noticeable, over 20 reads as another colour. */
function lab([r, g, b]: Rgb): Rgb {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883].map(f);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: Rgb, b: Rgb) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));

const style = baseStyle("pmtiles://demo", "");
const paint = (id: string, prop: string) => (style.layers.find((l) => l.id === id) as unknown as { paint: Record<string, string> }).paint[prop];
const ground = [paint("background", "background-color"), paint("area-fill", "fill-color")];
const colours = [...DISTANCE_CLASSES.map((c) => c.color), UNREACHED_COLOR];
const atLimit = DISTANCE_CLASSES.findIndex((c) => c.upTo === 1);

describe("walking-time colours", () => {
  it("stand out at least 3:1 from the base map's ground", () => {
    expect(ground.every((g) => /^#[0-9a-f]{6}$/i.test(g))).toBe(true);
    for (const c of colours) for (const g of ground) expect(contrast(linear(c), linear(g)), `${c} on ${g}`).toBeGreaterThanOrEqual(3);
  });

  it("step clearly at the limit: another hue, and half the lightness", () => {
    const [inside, beyond] = [linear(DISTANCE_CLASSES[atLimit].color), linear(DISTANCE_CLASSES[atLimit + 1].color)];
    expect(contrast(inside, beyond)).toBeGreaterThanOrEqual(1.9);
    expect(deltaE(inside, beyond)).toBeGreaterThan(40);
  });

  it.each(Object.keys(MACHADO))("stay apart with %s, neighbours and the limit", (kind) => {
    const seen = colours.map((c) => simulate(linear(c), MACHADO[kind]));
    for (let i = 1; i < DISTANCE_CLASSES.length; i++) expect(deltaE(seen[i - 1], seen[i]), `${colours[i - 1]} / ${colours[i]}`).toBeGreaterThan(10);
    expect(deltaE(seen[atLimit], seen[atLimit + 1]), "at the limit").toBeGreaterThan(25);
    // Old palette for comparison: light blue #6baed6 next to light orange #f4a259 (1.17:1).
    expect(deltaE(simulate(linear("#6baed6"), MACHADO[kind]), simulate(linear("#f4a259"), MACHADO[kind]))).toBeLessThan(deltaE(seen[atLimit], seen[atLimit + 1]));
  });
});
