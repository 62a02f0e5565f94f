/**
 * One picture per practice, so a resident who reads little still recognises the choices. Emoji:
 * drawn by the phone's own font, no remote images. Decorative only: the name is always beside it.
 */
import type { PracticeKey } from "../../proposals/practice-catalogue";

export const PRACTICE_SYMBOLS: Record<PracticeKey, string> = {
  "language-cafe": "☕",
  "family-salon": "👪",
  "drop-in-childcare": "🧸",
  "square-animation": "⚽",
  "community-garden": "🌱",
  "shared-kitchen": "🍲",
  "association-platform": "🤝",
  "migration-stories": "📖",
  stage: "🎭",
  "repair-cafe": "🔧",
  "living-room": "🛋️",
  "homework-support": "✏️",
};
