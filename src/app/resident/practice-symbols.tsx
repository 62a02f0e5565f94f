/**
 * One picture per practice, so a resident who reads little still recognises the choices. Line
 * icons (lucide) drawn as inline SVG in the text colour: the same on every phone and laptop
 * (emoji depend on the device's fonts and were missing on some), sharp at any size, and in the
 * system colours under forced colours. Decorative only: the name is always beside it.
 */
import { Baby, BookOpen, Coffee, CookingPot, Drama, Handshake, Pencil, Sofa, Sprout, Users, Volleyball, Wrench, type LucideIcon } from "lucide-react";
import type { PracticeKey } from "../../proposals/practice-catalogue";

export const PRACTICE_SYMBOLS: Record<PracticeKey, LucideIcon> = {
  "language-cafe": Coffee,
  "family-salon": Users,
  "drop-in-childcare": Baby,
  "square-animation": Volleyball,
  "community-garden": Sprout,
  "shared-kitchen": CookingPot,
  "association-platform": Handshake,
  "migration-stories": BookOpen,
  stage: Drama,
  "repair-cafe": Wrench,
  "living-room": Sofa,
  "homework-support": Pencil,
};

export function PracticeSymbol({ practice }: { practice: PracticeKey }) {
  const Icon = PRACTICE_SYMBOLS[practice];
  return <Icon className="practice-symbol" aria-hidden="true" focusable="false" size={30} strokeWidth={1.75} />;
}
