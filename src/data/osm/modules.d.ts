// Type declarations for the OpenStreetMap library that ships none.
declare module "osmtogeojson" {
  /** OSM JSON (Overpass or OSM-JSON elements) or an OSM XML document to a GeoJSON FeatureCollection. */
  function osmtogeojson(data: object, options?: Record<string, unknown>): import("geojson").FeatureCollection;
  export default osmtogeojson;
}
