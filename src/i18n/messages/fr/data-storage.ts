/** French texts about keeping the planner's datasets in the browser (keys and meaning: ../data-storage.ts). */
export const messages: Record<string, string> = {
  "dataStorage.unreadable_one": "Nous n'avons pas pu lire {{count, count}} fichier enregistré. Nous l'avons laissé de côté. Les autres sont chargés.",
  "dataStorage.unreadable_many": "Nous n'avons pas pu lire {{count, count}} de fichiers enregistrés. Nous les avons laissés de côté. Les autres sont chargés.",
  "dataStorage.unreadable_other": "Nous n'avons pas pu lire {{count, count}} fichiers enregistrés. Nous les avons laissés de côté. Les autres sont chargés.",
  "dataStorage.quota": "Il n'y a plus de place dans le navigateur pour garder {{names}}. Les données sont sur la carte maintenant, mais elles disparaîtront si vous rechargez la page. Téléchargez-les pour les garder.",
  "dataStorage.failed": "L'enregistrement de {{names}} n'a pas marché. Les données sont sur la carte maintenant, mais elles disparaîtront si vous rechargez la page. Téléchargez-les pour les garder.",
  "dataStorage.download": "Télécharger {{name}}",
  "dataStorage.dismiss": "Fermer le message",
};
