/**
 * Whether a record read back from the datasets store can enter the app. One bad record (say
 * `features: null`, or features that are no list) would otherwise break every layer it is
 * drawn into; it is left out alone and counted instead.
 */
import type { Dataset } from "../state/slices/datasets";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function isUsableDataset(value: unknown): value is Dataset {
  if (!isObject(value) || typeof value.id !== "string" || value.id === "" || typeof value.name !== "string") return false;
  if (typeof value.kind !== "string" || (value.origin !== "file" && value.origin !== "osm")) return false;
  const features = value.features;
  return isObject(features) && features.type === "FeatureCollection" && Array.isArray(features.features) && features.features.every(isObject);
}
