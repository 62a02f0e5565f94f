/** Texts about the base map that are not part of the picker's own labels (import-ui.ts): zooming to it, and why it failed. */
export const messages = {
  nl: {
    "basemap.zoomTo": "Zoom naar de achtergrondkaart",
    "basemap.unreadable": "We kunnen de achtergrondkaart {{file}} niet lezen. We tonen de vorige kaart. Kies een ander bestand.",
    "basemap.noRange":
      "De achtergrondkaart {{url}} laadt niet. De server stuurt altijd het hele bestand, ook als de kaart maar een stukje vraagt. (Hij ondersteunt geen HTTP Range-verzoeken.) Het bestand is te groot om in één keer te laden: {{sizeMb, decimal}} MB, en hoogstens {{limitMb, decimal}} MB kan. Zet het op een server die Range-verzoeken ondersteunt.",
    "basemap.noRangeUnknownSize":
      "De achtergrondkaart {{url}} laadt niet. De server stuurt altijd het hele bestand, ook als de kaart maar een stukje vraagt. (Hij ondersteunt geen HTTP Range-verzoeken.) Het bestand is groter dan {{limitMb, decimal}} MB. Dat is te groot om in één keer te laden. Zet het op een server die Range-verzoeken ondersteunt.",
    "basemap.httpError": "De achtergrondkaart {{url}} laadt niet: de server antwoordt met foutcode {{status}}. Probeer het later opnieuw.",
  },
  en: {
    "basemap.zoomTo": "Zoom to the base map",
    "basemap.unreadable": "We cannot read the base map {{file}}. The previous map is shown. Choose another file.",
    "basemap.noRange":
      "The base map {{url}} does not load. The server always sends the whole file, even when the map asks for a small part. (It does not support HTTP Range requests.) The file is too large to load in one go: {{sizeMb, decimal}} MB, and at most {{limitMb, decimal}} MB works. Put it on a server that supports Range requests.",
    "basemap.noRangeUnknownSize":
      "The base map {{url}} does not load. The server always sends the whole file, even when the map asks for a small part. (It does not support HTTP Range requests.) The file is larger than {{limitMb, decimal}} MB. That is too large to load in one go. Put it on a server that supports Range requests.",
    "basemap.httpError": "The base map {{url}} does not load: the server answers with error code {{status}}. Try again later.",
  },
} as const;
