/** German texts of the installed app: the notice that a new version is ready (keys and meaning: ../pwa.ts). */
export const messages: Record<string, string> = {
  "pwa.update.message": "Es gibt eine neue Version.",
  "pwa.update.reload": "Jetzt neu laden",
  "pwa.update.later": "Später",
};
