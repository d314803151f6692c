import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { pluralise } from '@/lib/format';
import { useDebouncedSearchParam } from '@/lib/use-search-param';
import { useSpaces } from '../api/list-spaces';
import { DEFAULT_RADIUS, EMPTY_FILTERS, RADIUS_OPTIONS, countFilters, parseFilters, toListQuery, writeFilters, type SpaceFilters } from '../lib/filters';
import { formatCoordinate, roundCoordinate } from '../lib/geo';
import type { SpaceStatus } from '../types';
import { MapLegend } from './map-legend';
import type { MapView } from './map/leaflet-maps';
import { MapFrame, SpacesMap } from './map/lazy-maps';
import { SpaceFilterControls } from './space-filters';
import { SpacesList } from './spaces-list';
import '../spaces.css';

export interface SpacesExplorerProps {
  place: { id: string; name: string };
}

function radiusLabel(metres: number): string {
  return metres < 1000 ? `${String(metres)} m` : `${String(metres / 1000)} km`;
}

type Selection = { id: string; from: 'map' | 'list' } | undefined;

/**
 * A place's spaces on a map and in a list, side by side (the map above the list on a phone).
 * Every filter is kept in the address, so a search can be bookmarked and shared.
 */
export function SpacesExplorer({ place }: SpacesExplorerProps) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const search = useDebouncedSearchParam('q');
  const ids = useId();

  const change = useCallback(
    (changes: Partial<SpaceFilters>) => {
      setParams((current) => writeFilters({ ...parseFilters(current), ...changes }, current), { replace: true });
    },
    [setParams],
  );

  const query = useMemo(() => toListQuery(place.id, filters), [place.id, filters]);
  const result = useSpaces(query);
  const { data, error, isPending, isError, isPlaceholderData, isSuccess, isFetchNextPageError, hasNextPage, fetchNextPage, isFetchingNextPage, refetch, isRefetching } =
    result;
  const spaces = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  const points = useMemo(
    () =>
      spaces.flatMap((space) =>
        space.location ? [{ id: space.id, name: space.name, status: space.status, lat: space.location.lat, lon: space.location.lon }] : [],
      ),
    [spaces],
  );
  const statusCounts = useMemo(() => {
    const counts: Partial<Record<SpaceStatus, number>> = {};
    for (const point of points) counts[point.status] = (counts[point.status] ?? 0) + 1;
    return counts;
  }, [points]);
  const onlineOnly = spaces.length - points.length;
  // The map fits itself to a search's results once they are in, and again when a refetch brings
  // other spaces (e.g. back on the page after adding one, cached results first), but not for “Show more”.
  const firstPageIds = data?.pages[0]?.items.map((space) => space.id).join(',') ?? '';
  const fitKey = isSuccess && !isPlaceholderData ? `${JSON.stringify(query)}|${firstPageIds}` : undefined;

  const [selection, setSelection] = useState<Selection>(undefined);
  const selectFromMap = useCallback((id: string) => {
    setSelection({ id, from: 'map' });
  }, []);

  const view = useRef<MapView | undefined>(undefined);
  const [mapReady, setMapReady] = useState(false);
  const onViewChange = useCallback((next: MapView) => {
    view.current = next;
    setMapReady(true);
  }, []);

  const [picking, setPicking] = useState(false);
  const onPick = useCallback(
    (point: { lat: number; lon: number }) => {
      setPicking(false);
      change({ near: point });
    },
    [change],
  );

  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState<string | undefined>(undefined);
  const nearMe = () => {
    setLocateError(undefined);
    if (!('geolocation' in navigator)) {
      setLocateError('This browser cannot share your location. Pick a point on the map instead.');
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        change({ near: { lat: roundCoordinate(position.coords.latitude), lon: roundCoordinate(position.coords.longitude) } });
      },
      (failure) => {
        setLocating(false);
        setLocateError(
          failure.code === failure.PERMISSION_DENIED
            ? 'Your browser did not share your location. You can pick a point on the map instead.'
            : 'Your location could not be found. You can pick a point on the map instead.',
        );
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 60000 },
    );
  };

  const radius = filters.radius ?? DEFAULT_RADIUS;
  const radiusChoices = (RADIUS_OPTIONS as readonly number[]).includes(radius) ? RADIUS_OPTIONS : [...RADIUS_OPTIONS, radius].sort((a, b) => a - b);
  const filtered = countFilters(filters) > 0;

  let count: string;
  if (isPending) count = 'Loading spaces…';
  else if (isError && !isFetchNextPageError) count = '';
  else if (isPlaceholderData) count = 'Searching…';
  else if (spaces.length === 0) count = filtered ? 'No spaces match these filters.' : `No spaces have been added for ${place.name} yet.`;
  else
    count = `${pluralise(spaces.length, 'space')}${hasNextPage ? ' shown, more available' : ''}${filters.near ? ', nearest first' : ''}.`;

  const listId = `${ids}-list`;

  return (
    <div className="spaces-explorer">
      <SpaceFilterControls
        placeId={place.id}
        filters={filters}
        onChange={change}
        search={search}
        onClear={() => {
          setParams((current) => writeFilters(EMPTY_FILTERS, current), { replace: true });
        }}
      />

      <div className="search-area" role="group" aria-labelledby={`${ids}-where`}>
        <h3 className="search-area__title" id={`${ids}-where`}>
          Where
        </h3>
        {filters.near ? (
          <div className="search-area__current">
            <label htmlFor={`${ids}-radius`}>Within</label>
            <select
              id={`${ids}-radius`}
              className="input search-area__radius"
              value={radius}
              onChange={(event) => {
                change({ radius: Number(event.target.value) });
              }}
            >
              {radiusChoices.map((choice) => (
                <option key={choice} value={choice}>
                  {radiusLabel(choice)}
                </option>
              ))}
            </select>
            <span>
              of {formatCoordinate(filters.near.lat)}, {formatCoordinate(filters.near.lon)}
            </span>
            <Button
              variant="quiet"
              className="button--small"
              onClick={() => {
                change({ near: undefined, radius: undefined });
              }}
            >
              Remove<span className="visually-hidden"> the distance search</span>
            </Button>
          </div>
        ) : null}
        {filters.bbox ? (
          <div className="search-area__current">
            <span>Only spaces inside the map area you chose.</span>
            <Button
              variant="quiet"
              className="button--small"
              onClick={() => {
                change({ bbox: undefined });
              }}
            >
              Remove<span className="visually-hidden"> the map area</span>
            </Button>
          </div>
        ) : null}
        <div className="button-row">
          <Button variant="secondary" className="button--small" busy={locating} onClick={nearMe}>
            {locating ? 'Finding you…' : 'Near me'}
          </Button>
          <Button
            variant="secondary"
            className="button--small"
            aria-pressed={picking}
            disabled={!mapReady}
            onClick={() => {
              setPicking((current) => !current);
            }}
          >
            Pick a point on the map
          </Button>
          <Button
            variant="secondary"
            className="button--small"
            disabled={!mapReady}
            onClick={() => {
              if (view.current) change({ near: view.current.centre });
            }}
          >
            Near the middle of the map
          </Button>
          <Button
            variant="secondary"
            className="button--small"
            disabled={!mapReady}
            onClick={() => {
              if (view.current) change({ bbox: view.current.bbox });
            }}
          >
            Search this map area
          </Button>
        </div>
        {picking ? (
          <p className="search-area__picking" role="status">
            Click the map where you want to search near.{' '}
            <Button
              variant="quiet"
              className="button--small"
              onClick={() => {
                setPicking(false);
              }}
            >
              Cancel
            </Button>
          </p>
        ) : null}
        {locateError ? (
          <p className="search-area__error" role="alert">
            {locateError}
          </p>
        ) : null}
      </div>

      <p className="spaces-explorer__count" role="status">
        {count}
      </p>

      <div className="spaces-explorer__body">
        <div className="spaces-explorer__map">
          <a
            className="spaces-explorer__skip"
            href={`#${listId}`}
            onClick={(event) => {
              const target = document.getElementById(listId);
              if (target) {
                event.preventDefault();
                target.focus();
              }
            }}
          >
            Skip the map
          </a>
          <MapFrame>
            <SpacesMap
              label={`Map of spaces in ${place.name}`}
              points={points}
              selectedId={selection?.id}
              onSelect={selectFromMap}
              near={filters.near ? { centre: filters.near, radius } : undefined}
              bbox={filters.bbox}
              fitKey={fitKey}
              picking={picking}
              onPick={onPick}
              onViewChange={onViewChange}
            />
          </MapFrame>
          <p className="spaces-explorer__map-help">
            On the map, use the arrow keys to move, + and − to zoom, Tab to reach a marker and Enter to find it in the list.
          </p>
          <MapLegend counts={statusCounts} />
          {onlineOnly > 0 ? (
            <p className="spaces-explorer__online">
              {pluralise(onlineOnly, 'online-only space')} {onlineOnly === 1 ? 'is' : 'are'} in the list but not on the map.
            </p>
          ) : null}
        </div>

        <div className="spaces-explorer__list" id={listId} tabIndex={-1} aria-busy={isPlaceholderData || isPending}>
          {isPending ? <Loading label="Loading spaces…" /> : null}
          {isError && !isFetchNextPageError ? (
            <ErrorPanel error={error} headingLevel={3} onRetry={() => void refetch()} retrying={isRefetching} />
          ) : null}
          {spaces.length > 0 ? (
            <SpacesList
              spaces={spaces}
              selectedId={selection?.id}
              revealId={selection?.from === 'map' ? selection.id : undefined}
              onSelect={(id) => {
                setSelection({ id, from: 'list' });
              }}
            />
          ) : null}
          {isFetchNextPageError ? <ErrorPanel error={error} headingLevel={3} title="We couldn’t load more spaces" /> : null}
          {hasNextPage && !isPlaceholderData ? (
            <Button variant="secondary" onClick={() => void fetchNextPage()} busy={isFetchingNextPage}>
              {isFetchingNextPage ? 'Loading more spaces…' : 'Show more spaces'}
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
