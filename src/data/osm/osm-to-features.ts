import type { Feature, FeatureCollection } from "geojson";

interface OsmToGeoJsonProps {
  type?: string;
  id?: number | string;
  tags?: Record<string, string>;
}

/**
 * Turns OSM JSON (Overpass answer or our .osm.pbf reader's output) or an OSM XML document into GeoJSON
 * features with flat tag properties and an "@id" such as "way/123". osmtogeojson resolves way
 * node references to the nodes' own coordinates, so ways that share a node share a vertex.
 */
export async function osmToFeatures(data: object): Promise<Feature[]> {
  const { default: osmtogeojson } = await import("osmtogeojson");
  const fc = osmtogeojson(data) as FeatureCollection;
  return fc.features.map((f) => {
    const p = (f.properties ?? {}) as OsmToGeoJsonProps;
    const ref = `${p.type ?? "node"}/${p.id ?? ""}`;
    return { type: "Feature", id: ref, geometry: f.geometry, properties: { ...(p.tags ?? {}), "@id": ref } };
  });
}
