/** OpenStreetMap data is ODbL: this line goes wherever it is shown, exported or reported. */
export const OSM_ATTRIBUTION = "© OpenStreetMap contributors";
