/** German texts about the base map outside the picker: zooming to it, and why it failed (keys and meaning: ../basemap.ts). */
export const messages: Record<string, string> = {
  "basemap.zoomTo": "Zur Hintergrundkarte zoomen",
  "basemap.unreadable": "Wir können die Hintergrundkarte {{file}} nicht lesen. Wir zeigen die vorherige Karte. Wählen Sie eine andere Datei.",
  "basemap.noRange": "Die Hintergrundkarte {{url}} lädt nicht. Der Server schickt immer die ganze Datei, auch wenn die Karte nur ein kleines Stück braucht. (Er unterstützt keine HTTP-Range-Anfragen.) Die Datei ist zu groß, um sie auf einmal zu laden: {{sizeMb, decimal}} MB, und höchstens {{limitMb, decimal}} MB gehen. Legen Sie sie auf einen Server, der Range-Anfragen unterstützt.",
  "basemap.noRangeUnknownSize": "Die Hintergrundkarte {{url}} lädt nicht. Der Server schickt immer die ganze Datei, auch wenn die Karte nur ein kleines Stück braucht. (Er unterstützt keine HTTP-Range-Anfragen.) Die Datei ist größer als {{limitMb, decimal}} MB. Das ist zu groß, um sie auf einmal zu laden. Legen Sie sie auf einen Server, der Range-Anfragen unterstützt.",
  "basemap.httpError": "Die Hintergrundkarte {{url}} lädt nicht: Der Server antwortet mit dem Fehlercode {{status}}. Versuchen Sie es später noch einmal.",
};
