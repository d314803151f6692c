/** A point in WGS84 degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** `minLon, minLat, maxLon, maxLat` in WGS84 — the GeoJSON (and the API's `bbox`) order. */
export type BBox = readonly [number, number, number, number];

/** The United Kingdom, as the API checks a space's location (Location in openapi.yaml). */
export const UK_BOUNDS = { minLat: 49.8, maxLat: 60.9, minLon: -8.7, maxLon: 1.8 } as const;

/** Where a map starts when it has nothing to show yet: most of Great Britain. */
export const UK_CENTRE: LatLon = { lat: 54.3, lon: -2.4 };

/** About a metre at UK latitudes: enough to find a door, short enough to read. */
export const COORDINATE_DECIMALS = 5;

export function roundCoordinate(value: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(value * factor) / factor;
}

export function formatCoordinate(value: number): string {
  return String(roundCoordinate(value));
}

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/** "53.7248,-1.8658" → { lat, lon }; undefined when it is not a point on Earth. */
export function parseLatLon(value: string | null | undefined): LatLon | undefined {
  if (!value) return undefined;
  const parts = value.split(',');
  if (parts.length !== 2 || !parts.every((part) => NUMBER.test(part))) return undefined;
  const [lat, lon] = parts.map(Number) as [number, number];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

export function formatLatLon({ lat, lon }: LatLon): string {
  return `${formatCoordinate(lat)},${formatCoordinate(lon)}`;
}

/** "-1.90,53.70,-1.84,53.74" → the box; undefined unless min < max on both axes. */
export function parseBBox(value: string | null | undefined): BBox | undefined {
  if (!value) return undefined;
  const parts = value.split(',');
  if (parts.length !== 4 || !parts.every((part) => NUMBER.test(part))) return undefined;
  const [minLon, minLat, maxLon, maxLat] = parts.map(Number) as [number, number, number, number];
  if (minLon >= maxLon || minLat >= maxLat) return undefined;
  if ([minLon, maxLon].some((lon) => Math.abs(lon) > 180) || [minLat, maxLat].some((lat) => Math.abs(lat) > 90)) {
    return undefined;
  }
  return [minLon, minLat, maxLon, maxLat];
}

export function formatBBox(box: BBox): string {
  return box.map(formatCoordinate).join(',');
}

export function isInUk({ lat, lon }: LatLon): boolean {
  return lat >= UK_BOUNDS.minLat && lat <= UK_BOUNDS.maxLat && lon >= UK_BOUNDS.minLon && lon <= UK_BOUNDS.maxLon;
}

/** The middle of some points, or undefined when there are none. */
export function centreOf(points: readonly LatLon[]): LatLon | undefined {
  if (points.length === 0) return undefined;
  const sum = points.reduce((acc, point) => ({ lat: acc.lat + point.lat, lon: acc.lon + point.lon }), { lat: 0, lon: 0 });
  return { lat: sum.lat / points.length, lon: sum.lon / points.length };
}
