/** Turkish texts of the installed app: the notice that a new version is ready (keys and meaning: ../pwa.ts). */
export const messages: Record<string, string> = {
  "pwa.update.message": "Yeni bir sürüm var.",
  "pwa.update.reload": "Şimdi yenile",
  "pwa.update.later": "Daha sonra",
};
