// Type declarations for the two OpenStreetMap libraries that ship none.
declare module "osmtogeojson" {
  /** OSM JSON (Overpass or OSM-JSON elements) or an OSM XML document to a GeoJSON FeatureCollection. */
  function osmtogeojson(data: object, options?: Record<string, unknown>): import("geojson").FeatureCollection;
  export default osmtogeojson;
}

declare module "tiny-osmpbf" {
  /** Parses an .osm.pbf buffer into OSM JSON ({ elements: [...] }, Overpass style). */
  function tinyosmpbf(data: Uint8Array): { elements: object[] };
  export default tinyosmpbf;
}
