/** Texts of the installed app: the notice that a new version is ready. */
const nl = {
  "pwa.update.message": "Er is een nieuwe versie.",
  "pwa.update.reload": "Nu vernieuwen",
  "pwa.update.later": "Later",
};

const en: Record<keyof typeof nl, string> = {
  "pwa.update.message": "A new version is available.",
  "pwa.update.reload": "Reload now",
  "pwa.update.later": "Later",
};

export const messages = { nl, en };
