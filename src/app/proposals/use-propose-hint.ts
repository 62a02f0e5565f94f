import { useMemo } from "react";
import { useAppStore } from "../../state/react";
import type { Notice } from "../../state/slices/proposals";
import { useTouch } from "../use-touch";

/** The texts of propose mode that name clicks and keys; each has a `.touch` sibling that speaks of tapping. */
const HAS_TOUCH_TEXT = new Set(["proposalsUi.mode.instructions"]);

/** What propose mode says now, in the words of this device. */
export function useProposeHint(): Notice | null {
  const hint = useAppStore((s) => s.proposeHint);
  const touch = useTouch();
  return useMemo(() => (hint && touch && HAS_TOUCH_TEXT.has(hint.key) ? { ...hint, key: `${hint.key}.touch` } : hint), [hint, touch]);
}
