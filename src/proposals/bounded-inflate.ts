/** Raw DEFLATE decompression that stops at an output cap, so a tiny "zip bomb" link costs nothing. */
import { Inflate } from "fflate";

/** Input is fed in small pieces: one piece can expand at most ~1000-fold before the cap is checked. */
const CHUNK = 1024;

export type InflateOutcome = { ok: true; bytes: Uint8Array } | { ok: false; reason: "tooLarge" | "corrupt" };

class OutputCapReached extends Error {}

export function inflateBounded(input: Uint8Array, maxOutput: number): InflateOutcome {
  const parts: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxOutput) throw new OutputCapReached();
    parts.push(chunk);
    ended ||= final;
  });
  try {
    for (let offset = 0; offset < input.length; offset += CHUNK) {
      const end = Math.min(offset + CHUNK, input.length);
      inflater.push(input.subarray(offset, end), end === input.length);
    }
  } catch (error) {
    return { ok: false, reason: error instanceof OutputCapReached ? "tooLarge" : "corrupt" };
  }
  if (!ended || input.length === 0) return { ok: false, reason: "corrupt" };
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { ok: true, bytes };
}
