import type { ListSpacesQuery } from '../api/list-spaces';
import type { SpaceFeature, SpaceKind, SpaceMode, SpaceStatus } from '../types';
import { formatBBox, formatLatLon, parseBBox, parseLatLon, type BBox, type LatLon } from './geo';
import { SPACE_FEATURES, SPACE_KINDS, SPACE_MODES, isOneOf } from './labels';
import { STATUSES } from './lifecycle';

/** What the spaces page is showing. Every filter lives in the URL, so a search can be shared. */
export interface SpaceFilters {
  q: string | undefined;
  kind: SpaceKind | undefined;
  mode: SpaceMode | undefined;
  status: SpaceStatus | undefined;
  /** All must hold. */
  features: SpaceFeature[];
  /** LSOA code. */
  neighbourhood: string | undefined;
  near: LatLon | undefined;
  /** Metres from `near`; only meaningful with it. */
  radius: number | undefined;
  bbox: BBox | undefined;
}

export const EMPTY_FILTERS: SpaceFilters = {
  q: undefined,
  kind: undefined,
  mode: undefined,
  status: undefined,
  features: [],
  neighbourhood: undefined,
  near: undefined,
  radius: undefined,
  bbox: undefined,
};

/** The API's default search radius around `near`. */
export const DEFAULT_RADIUS = 2000;
export const RADIUS_OPTIONS = [500, 1000, 2000, 5000, 10000, 25000] as const;
export const MAX_RADIUS = 100000;

const NEIGHBOURHOOD = /^E01\d{6}$/;

/** Reads the filters from a query string, quietly dropping anything the API would refuse. */
export function parseFilters(params: URLSearchParams): SpaceFilters {
  const kind = params.get('kind');
  const mode = params.get('mode');
  const status = params.get('status');
  const wanted = new Set(params.getAll('feature'));
  const q = params.get('q')?.trim().slice(0, 100);
  const neighbourhood = params.get('neighbourhood')?.trim().toUpperCase();
  const near = parseLatLon(params.get('near'));
  const radiusText = params.get('radius');
  const radius = radiusText !== null && /^\d+$/.test(radiusText) ? Number(radiusText) : undefined;
  return {
    q: q === undefined || q === '' ? undefined : q,
    kind: isOneOf(SPACE_KINDS, kind) ? kind : undefined,
    mode: isOneOf(SPACE_MODES, mode) ? mode : undefined,
    status: isOneOf(STATUSES, status) ? status : undefined,
    features: SPACE_FEATURES.filter((feature) => wanted.has(feature)),
    neighbourhood: neighbourhood && NEIGHBOURHOOD.test(neighbourhood) ? neighbourhood : undefined,
    near,
    radius: near && radius !== undefined && radius >= 1 && radius <= MAX_RADIUS ? radius : undefined,
    bbox: parseBBox(params.get('bbox')),
  };
}

const FILTER_PARAMS = ['q', 'kind', 'mode', 'status', 'feature', 'neighbourhood', 'near', 'radius', 'bbox'] as const;

/**
 * Writes the filters into a query string, keeping any other parameters in `base` and always
 * using the same order, so the same search has the same address.
 */
export function writeFilters(filters: SpaceFilters, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of FILTER_PARAMS) params.delete(name);
  if (filters.q) params.set('q', filters.q);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.mode) params.set('mode', filters.mode);
  if (filters.status) params.set('status', filters.status);
  for (const feature of SPACE_FEATURES) {
    if (filters.features.includes(feature)) params.append('feature', feature);
  }
  if (filters.neighbourhood) params.set('neighbourhood', filters.neighbourhood);
  if (filters.near) {
    params.set('near', formatLatLon(filters.near));
    if (filters.radius !== undefined) params.set('radius', String(filters.radius));
  }
  if (filters.bbox) params.set('bbox', formatBBox(filters.bbox));
  return params;
}

/** The `GET /api/v1/spaces` query for a place's spaces matching the filters. */
export function toListQuery(placeId: string, filters: SpaceFilters): ListSpacesQuery {
  const query: ListSpacesQuery = { place: placeId };
  if (filters.q) query.q = filters.q;
  if (filters.kind) query.kind = filters.kind;
  if (filters.mode) query.mode = filters.mode;
  if (filters.status) query.status = filters.status;
  if (filters.features.length > 0) query.feature = [...filters.features];
  if (filters.neighbourhood) query.neighbourhood = filters.neighbourhood;
  if (filters.near) {
    query.near = formatLatLon(filters.near);
    if (filters.radius !== undefined) query.radius = filters.radius;
  }
  if (filters.bbox) query.bbox = formatBBox(filters.bbox);
  return query;
}

/** How many filters are narrowing the list (the place itself does not count). */
export function countFilters(filters: SpaceFilters): number {
  return (
    [filters.q, filters.kind, filters.mode, filters.status, filters.neighbourhood, filters.near, filters.bbox].filter(
      (value) => value !== undefined,
    ).length + filters.features.length
  );
}
