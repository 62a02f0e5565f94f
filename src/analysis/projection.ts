/**
 * Local equirectangular projection about the data's centre, in metres.
 *
 * Uses the WGS84 radii of curvature at the centre latitude (meridional M, prime vertical N),
 * so scale is exact at the centre. East–west distances drift by about |tan φ0 · Δφ|
 * (Δφ in radians from the centre): at Belgian latitudes (φ0 ≈ 51°) that is < 0.2 % within
 * 10 km of the centre and < 0.05 % within 2.5 km. North–south error is second order.
 */
export interface LocalProjection {
  readonly lon0: number;
  readonly lat0: number;
  /** metres per degree of longitude at lat0 */
  readonly kx: number;
  /** metres per degree of latitude at lat0 */
  readonly ky: number;
  forward(lon: number, lat: number): [number, number];
  inverse(x: number, y: number): [number, number];
}

const A = 6378137; // WGS84 semi-major axis
const E2 = 0.00669437999014; // WGS84 first eccentricity squared

export function createProjection(lon0: number, lat0: number): LocalProjection {
  const phi = (lat0 * Math.PI) / 180;
  const s = Math.sin(phi);
  const w = 1 - E2 * s * s;
  const N = A / Math.sqrt(w);
  const M = (A * (1 - E2)) / (w * Math.sqrt(w));
  const kx = (N * Math.cos(phi) * Math.PI) / 180;
  const ky = (M * Math.PI) / 180;
  return {
    lon0,
    lat0,
    kx,
    ky,
    forward: (lon, lat) => [(lon - lon0) * kx, (lat - lat0) * ky],
    inverse: (x, y) => [lon0 + x / kx, lat0 + y / ky],
  };
}

/** Projection centred on the middle of a [minLon, minLat, maxLon, maxLat] box. */
export function projectionForBbox(bbox: readonly [number, number, number, number]): LocalProjection {
  if (!Number.isFinite(bbox[0])) return createProjection(0, 0);
  return createProjection((bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2);
}
