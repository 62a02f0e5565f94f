// Seeded randomness: the demo must come out identical byte for byte on every run.
// mulberry32 (a tiny 32-bit PRNG) is shared with the engine's synthetic test city.
import { mulberry32 } from "../../src/analysis/synthetic-city.ts";

export type Rng = () => number;

/** FNV-1a hash of a string, used to give every block its own stream. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One stream per key, so changing one block does not reshuffle the whole town. */
export function rngFor(key: string): Rng {
  return mulberry32(hashString(`ontmoetingswijk:${key}`));
}

export function between(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}
