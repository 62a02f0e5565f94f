/** French texts about the base map outside the picker: zooming to it, and why it failed (keys and meaning: ../basemap.ts). */
export const messages: Record<string, string> = {
  "basemap.zoomTo": "Zoomer sur le fond de carte",
  "basemap.unreadable": "Nous ne pouvons pas lire le fond de carte {{file}}. Nous affichons la carte précédente. Choisissez un autre fichier.",
  "basemap.noRange": "Le fond de carte {{url}} ne se charge pas. Le serveur envoie toujours le fichier entier, même quand la carte demande seulement un petit morceau. (Il ne prend pas en charge les requêtes HTTP Range.) Le fichier est trop grand pour être chargé en une fois : {{sizeMb, decimal}} Mo, et le maximum est {{limitMb, decimal}} Mo. Mettez-le sur un serveur qui prend en charge les requêtes Range.",
  "basemap.noRangeUnknownSize": "Le fond de carte {{url}} ne se charge pas. Le serveur envoie toujours le fichier entier, même quand la carte demande seulement un petit morceau. (Il ne prend pas en charge les requêtes HTTP Range.) Le fichier fait plus de {{limitMb, decimal}} Mo. C'est trop grand pour être chargé en une fois. Mettez-le sur un serveur qui prend en charge les requêtes Range.",
  "basemap.httpError": "Le fond de carte {{url}} ne se charge pas : le serveur répond avec le code d'erreur {{status}}. Réessayez plus tard.",
};
