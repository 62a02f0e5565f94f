/** French texts of the "new version" notice (keys and meaning: ../pwa.ts). */
export const messages: Record<string, string> = {
  "pwa.update.message": "Il y a une nouvelle version.",
  "pwa.update.reload": "Mettre à jour maintenant",
  "pwa.update.later": "Plus tard",
};
