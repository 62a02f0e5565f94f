/** Texts about keeping the planner's datasets in the browser: records left out, writes that failed. */
const nl = {
  "dataStorage.unreadable_one": "We konden {{count, count}} bewaard bestand niet lezen. We lieten het weg. De andere zijn geladen.",
  "dataStorage.unreadable_other": "We konden {{count, count}} bewaarde bestanden niet lezen. We lieten ze weg. De andere zijn geladen.",
  "dataStorage.quota": "Er is geen plaats meer in de browser om {{names}} te bewaren. Het staat nu op de kaart, maar na herladen is het weg. Download het om het te houden.",
  "dataStorage.failed": "{{names}} bewaren is niet gelukt. Het staat nu op de kaart, maar na herladen is het weg. Download het om het te houden.",
  "dataStorage.download": "{{name}} downloaden",
  "dataStorage.dismiss": "Melding sluiten",
} as const;

const en: Record<keyof typeof nl, string> = {
  "dataStorage.unreadable_one": "We could not read {{count, count}} saved dataset. We left it out. The others are loaded.",
  "dataStorage.unreadable_other": "We could not read {{count, count}} saved datasets. We left them out. The others are loaded.",
  "dataStorage.quota": "There is no room left in the browser to keep {{names}}. It is on the map now, but it is gone after a reload. Download it to keep it.",
  "dataStorage.failed": "Keeping {{names}} failed. It is on the map now, but it is gone after a reload. Download it to keep it.",
  "dataStorage.download": "Download {{name}}",
  "dataStorage.dismiss": "Close message",
};

export const messages = { nl, en };
