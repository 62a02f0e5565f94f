/** Arabic texts of the installed app: the notice that a new version is ready (keys and meaning: ../pwa.ts). */
export const messages: Record<string, string> = {
  "pwa.update.message": "توجد نسخة جديدة.",
  "pwa.update.reload": "تحديث الآن",
  "pwa.update.later": "لاحقًا",
};
