import { useSyncExternalStore } from "react";

/**
 * A phone or tablet has a finger as its main pointer: instructions there speak of tapping,
 * not of clicking or keys. A laptop with a touch screen still has a fine main pointer and
 * keeps the keyboard words.
 */
const COARSE = "(pointer: coarse)";

const query = (): MediaQueryList | null => (typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia(COARSE) : null);

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener("change", onChange);
  return () => list?.removeEventListener("change", onChange);
}

const isCoarse = (): boolean => query()?.matches ?? false;

/** True on a device whose main pointer is a finger; follows a change (a tablet docked to a keyboard). */
export function useTouch(): boolean {
  return useSyncExternalStore(subscribe, isCoarse, () => false);
}

/** The key of a text, or its `.touch` sibling on a touch screen. */
export const deviceKey = <K extends string>(key: K, touch: boolean): K | `${K}.touch` => (touch ? `${key}.touch` : key);
