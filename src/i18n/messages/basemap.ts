/** Texts about the base map that are not part of the picker's own labels (import-ui.ts): zooming to it, and why it failed. */
export const messages = {
  nl: {
    "basemap.zoomTo": "Zoom naar de achtergrondkaart",
    "basemap.unreadable": "De achtergrondkaart {{file}} kon niet gelezen worden. We tonen de vorige kaart.",
    "basemap.noRange":
      "De achtergrondkaart {{url}} kan niet laden. De server stuurt altijd het hele bestand, ook als de kaart maar een stukje vraagt (hij ondersteunt geen HTTP Range-verzoeken). Het bestand is te groot om in één keer te laden ({{sizeMb, decimal}} MB, hoogstens {{limitMb, decimal}} MB). Zet het op een server die Range-verzoeken ondersteunt.",
    "basemap.noRangeUnknownSize":
      "De achtergrondkaart {{url}} kan niet laden. De server stuurt altijd het hele bestand, ook als de kaart maar een stukje vraagt (hij ondersteunt geen HTTP Range-verzoeken). Het bestand is groter dan {{limitMb, decimal}} MB en dus te groot om in één keer te laden. Zet het op een server die Range-verzoeken ondersteunt.",
    "basemap.httpError": "De achtergrondkaart {{url}} kan niet laden: de server antwoordt met foutcode {{status}}.",
  },
  en: {
    "basemap.zoomTo": "Zoom to the base map",
    "basemap.unreadable": "The base map {{file}} could not be read. The previous map is shown.",
    "basemap.noRange":
      "The base map {{url}} cannot load. The server always sends the whole file, even when the map asks for a small part (it does not support HTTP Range requests). The file is too large to load in one go ({{sizeMb, decimal}} MB, at most {{limitMb, decimal}} MB). Put it on a server that supports Range requests.",
    "basemap.noRangeUnknownSize":
      "The base map {{url}} cannot load. The server always sends the whole file, even when the map asks for a small part (it does not support HTTP Range requests). The file is larger than {{limitMb, decimal}} MB, too large to load in one go. Put it on a server that supports Range requests.",
    "basemap.httpError": "The base map {{url}} cannot load: the server answers with error code {{status}}.",
  },
} as const;
