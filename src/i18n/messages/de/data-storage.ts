/** German texts about keeping the planner's datasets in the browser: records left out, writes that failed (keys and meaning: ../data-storage.ts). */
export const messages: Record<string, string> = {
  "dataStorage.unreadable_one": "Wir konnten eine gespeicherte Datei nicht lesen. Wir haben sie weggelassen. Die anderen sind geladen.",
  "dataStorage.unreadable_other": "Wir konnten {{count, count}} gespeicherte Dateien nicht lesen. Wir haben sie weggelassen. Die anderen sind geladen.",
  "dataStorage.quota": "Im Browser ist kein Platz mehr, um {{names}} zu speichern. Es ist jetzt auf der Karte, aber nach dem Neuladen ist es weg. Laden Sie es herunter, um es zu behalten.",
  "dataStorage.failed": "{{names}} konnte nicht gespeichert werden. Es ist jetzt auf der Karte, aber nach dem Neuladen ist es weg. Laden Sie es herunter, um es zu behalten.",
  "dataStorage.download": "{{name}} herunterladen",
  "dataStorage.dismiss": "Meldung schließen",
};
