import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import '../../spaces.css';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { mapTiles } from '@/lib/map-tiles';
import { UK_CENTRE, parseBBox, roundCoordinate, type BBox, type LatLon } from '../../lib/geo';
import { STATUS_LABELS } from '../../lib/lifecycle';
import { SYMBOL_SIZE, statusSymbolMarkup } from '../../lib/symbols';
import type { SpaceStatus } from '../../types';

// Plain Leaflet in small React wrappers. This module (with Leaflet and its CSS) is loaded only
// when a map is first shown; see lazy-maps.tsx.

/**
 * Faint tile outlines drawn locally, under the real tiles. When the tile server cannot be
 * reached (offline, blocked), the map still shows movement and zoom over this plain grid.
 */
class PlainGrid extends L.GridLayer {
  protected override createTile(): HTMLElement {
    const tile = document.createElement('canvas');
    const size = this.getTileSize();
    tile.width = size.x;
    tile.height = size.y;
    const context = tile.getContext('2d');
    if (context) {
      context.strokeStyle = 'rgba(31, 42, 46, 0.14)';
      context.lineWidth = 1;
      context.strokeRect(0.5, 0.5, size.x, size.y);
    }
    return tile;
  }
}

const iconCache = new Map<string, L.DivIcon>();

function statusIcon(status: SpaceStatus): L.DivIcon {
  let icon = iconCache.get(status);
  if (!icon) {
    icon = L.divIcon({
      className: `space-marker space-marker--${status}`,
      html: statusSymbolMarkup(status),
      iconSize: [SYMBOL_SIZE, SYMBOL_SIZE],
      iconAnchor: [SYMBOL_SIZE / 2, SYMBOL_SIZE / 2],
      tooltipAnchor: [0, -SYMBOL_SIZE / 2],
    });
    iconCache.set(status, icon);
  }
  return icon;
}

const pinIcon = L.divIcon({
  className: 'space-marker space-marker--pin',
  html: '<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false"><circle cx="14" cy="14" r="11.5" fill="#1f2a2e" stroke="#ffffff" stroke-width="2"/><circle cx="14" cy="14" r="4" fill="#ffd166"/></svg>',
  iconSize: [SYMBOL_SIZE, SYMBOL_SIZE],
  iconAnchor: [SYMBOL_SIZE / 2, SYMBOL_SIZE / 2],
});

function toLatLng({ lat, lon }: LatLon): L.LatLngExpression {
  return [lat, lon];
}

function fromLatLng(latlng: L.LatLng): LatLon {
  return { lat: roundCoordinate(latlng.lat), lon: roundCoordinate(L.Util.wrapNum(latlng.lng, [-180, 180], true)) };
}

function boundsOfBox([minLon, minLat, maxLon, maxLat]: BBox): L.LatLngBounds {
  return L.latLngBounds([minLat, minLon], [maxLat, maxLon]);
}

interface LeafletMap {
  map: L.Map | null;
  /** True once tiles have failed to load and none has loaded. */
  tilesFailed: boolean;
}

/** Creates a Leaflet map in the container for as long as the component is mounted. */
function useLeafletMap(containerRef: RefObject<HTMLDivElement | null>, interactive: boolean): LeafletMap {
  const [map, setMap] = useState<L.Map | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const created = L.map(container, {
      center: toLatLng(UK_CENTRE),
      zoom: 5,
      zoomControl: interactive,
      dragging: interactive,
      keyboard: interactive,
      doubleClickZoom: interactive,
      boxZoom: interactive,
      touchZoom: interactive,
      // The wheel zooms only once the map has focus, so scrolling the page past it still scrolls.
      scrollWheelZoom: false,
    });
    if (interactive) {
      created.on('focus', () => created.scrollWheelZoom.enable());
      created.on('blur', () => created.scrollWheelZoom.disable());
    }
    new PlainGrid({ pane: 'tilePane', zIndex: 0 }).addTo(created);
    const { url, attribution } = mapTiles();
    let loaded = 0;
    const tiles = L.tileLayer(url, { attribution, maxZoom: 19, zIndex: 1 });
    tiles.on('tileload', () => {
      loaded += 1;
      setTilesFailed(false);
    });
    tiles.on('tileerror', () => {
      if (loaded === 0) setTilesFailed(true);
    });
    tiles.addTo(created);
    if (interactive) L.control.scale({ imperial: true, metric: true }).addTo(created);

    // Leaflet measures its container once; tell it when the layout changes (e.g. phone rotation).
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => created.invalidateSize());
    observer?.observe(container);
    setMap(created);
    return () => {
      observer?.disconnect();
      created.remove();
      setMap(null);
    };
  }, [containerRef, interactive]);

  return { map, tilesFailed };
}

function TilesNote({ failed }: { failed: boolean }) {
  return failed ? (
    <p className="leaflet-map__note" role="status">
      The background map could not load, so it shows a plain grid. Markers, zooming and clicking on the map still work.
    </p>
  ) : null;
}

/** Keeps the latest value of a callback prop without re-running effects when it changes. */
function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

export interface MapPoint {
  id: string;
  name: string;
  status: SpaceStatus;
  lat: number;
  lon: number;
}

export interface MapView {
  bbox: BBox;
  centre: LatLon;
}

export interface SpacesMapProps {
  /** What the map shows, for screen readers, e.g. “Map of spaces in Calderdale”. */
  label: string;
  points: readonly MapPoint[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  near?: { centre: LatLon; radius: number } | undefined;
  bbox?: BBox | undefined;
  /**
   * The map fits itself to the points (or the search circle or box) whenever this changes, i.e.
   * when a new search has loaded. Leave it undefined while results are loading.
   */
  fitKey: string | undefined;
  /** While true, the next click on the map picks a point (and no marker is selected). */
  picking: boolean;
  onPick: (point: LatLon) => void;
  onViewChange: (view: MapView) => void;
}

/** The spaces on a map: markers by status, selection both ways, the search circle or box, click to pick. */
export function SpacesMap({ label, points, selectedId, onSelect, near, bbox, fitKey, picking, onPick, onViewChange }: SpacesMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { map, tilesFailed } = useLeafletMap(containerRef, true);
  const markers = useRef(new Map<string, L.Marker>());
  const latest = useLatest({ onSelect, onPick, onViewChange, picking });
  const fitted = useRef<string | null>(null);

  // Report the view (for “search this map area” and “near the centre”).
  useEffect(() => {
    if (!map) return undefined;
    const report = () => {
      const bounds = map.getBounds();
      latest.current.onViewChange({
        bbox: [
          roundCoordinate(Math.max(-180, bounds.getWest())),
          roundCoordinate(Math.max(-90, bounds.getSouth())),
          roundCoordinate(Math.min(180, bounds.getEast())),
          roundCoordinate(Math.min(90, bounds.getNorth())),
        ],
        centre: fromLatLng(map.getCenter()),
      });
    };
    const click = (event: L.LeafletMouseEvent) => {
      if (latest.current.picking) latest.current.onPick(fromLatLng(event.latlng));
    };
    map.on('moveend', report);
    map.on('click', click);
    report();
    return () => {
      map.off('moveend', report);
      map.off('click', click);
    };
  }, [map, latest]);

  // The markers.
  useEffect(() => {
    if (!map) return undefined;
    const layer = L.layerGroup().addTo(map);
    const byId = new Map<string, L.Marker>();
    for (const point of points) {
      const name = `${point.name} (${STATUS_LABELS[point.status]})`;
      const marker = L.marker([point.lat, point.lon], { icon: statusIcon(point.status), title: name, riseOnHover: true });
      marker.bindTooltip(point.name, { direction: 'top' });
      marker.on('click', () => {
        latest.current.onSelect(point.id);
      });
      marker.on('keypress', (event) => {
        const key = event.originalEvent.key;
        if (key === ' ' || key === 'Spacebar') {
          event.originalEvent.preventDefault();
          latest.current.onSelect(point.id);
        } else if (key === 'Enter') {
          latest.current.onSelect(point.id);
        }
      });
      marker.addTo(layer);
      const element = marker.getElement();
      element?.setAttribute('aria-label', `${name}: show in the list`);
      element?.setAttribute('aria-pressed', 'false');
      byId.set(point.id, marker);
    }
    markers.current = byId;
    return () => {
      layer.remove();
      markers.current = new Map();
    };
  }, [map, points, latest]);

  // The selection: a larger marker with a ring, in front, its name shown, in view.
  useEffect(() => {
    if (!map) return;
    for (const [id, marker] of markers.current) {
      const selected = id === selectedId;
      const element = marker.getElement();
      element?.classList.toggle('space-marker--selected', selected);
      element?.setAttribute('aria-pressed', String(selected));
      marker.setZIndexOffset(selected ? 1000 : 0);
      if (selected) {
        marker.openTooltip();
        if (!map.getBounds().pad(-0.05).contains(marker.getLatLng())) map.panTo(marker.getLatLng());
      } else {
        marker.closeTooltip();
      }
    }
  }, [map, points, selectedId]);

  // The search area: a circle around `near`, a box for `bbox`.
  const nearLat = near?.centre.lat;
  const nearLon = near?.centre.lon;
  const radius = near?.radius;
  useEffect(() => {
    if (!map || nearLat === undefined || nearLon === undefined || radius === undefined) return undefined;
    const layer = L.layerGroup([
      L.circle([nearLat, nearLon], { radius, className: 'map-search-area', interactive: false }),
      L.circleMarker([nearLat, nearLon], { radius: 5, className: 'map-search-area__centre', interactive: false }),
    ]).addTo(map);
    return () => {
      layer.remove();
    };
  }, [map, nearLat, nearLon, radius]);

  const box = bbox?.join(',');
  useEffect(() => {
    if (!map || box === undefined) return undefined;
    const parsed = parseBBox(box);
    if (!parsed) return undefined;
    const rectangle = L.rectangle(boundsOfBox(parsed), {
      className: 'map-search-area map-search-area--box',
      interactive: false,
    }).addTo(map);
    return () => {
      rectangle.remove();
    };
  }, [map, box]);

  // Fit the view to a new search once its results are in.
  useEffect(() => {
    if (!map || fitKey === undefined || fitted.current === fitKey) return;
    const first = fitted.current === null;
    fitted.current = fitKey;
    if (box !== undefined) {
      // The box came from this map's own view, unless the page was opened with it in the address.
      const parsed = parseBBox(box);
      if (first && parsed) map.fitBounds(boundsOfBox(parsed));
      return;
    }
    if (nearLat !== undefined && nearLon !== undefined && radius !== undefined) {
      map.fitBounds(L.latLng(nearLat, nearLon).toBounds(radius * 2), { padding: [16, 16] });
      return;
    }
    if (points.length === 1 && points[0]) {
      map.setView([points[0].lat, points[0].lon], 15);
    } else if (points.length > 1) {
      map.fitBounds(L.latLngBounds(points.map((point) => [point.lat, point.lon] as L.LatLngTuple)), { padding: [24, 24], maxZoom: 16 });
    }
  }, [map, fitKey, points, box, nearLat, nearLon, radius]);

  return (
    <div className={picking ? 'leaflet-map leaflet-map--picking' : 'leaflet-map'}>
      <div ref={containerRef} className="leaflet-map__canvas leaflet-map__canvas--tall" role="region" aria-label={label} />
      <TilesNote failed={tilesFailed} />
    </div>
  );
}

export interface LocationPickerMapProps {
  label: string;
  value: LatLon | undefined;
  onChange: (point: LatLon) => void;
  /** Where to look when there is no value yet, e.g. the middle of the place's other spaces. */
  fallbackCentre?: LatLon | undefined;
}

/** Click the map (or drag the pin) to set a point; typing coordinates elsewhere moves the pin. */
export function LocationPickerMap({ label, value, onChange, fallbackCentre }: LocationPickerMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { map, tilesFailed } = useLeafletMap(containerRef, true);
  const latest = useLatest({ onChange });
  const marker = useRef<L.Marker | null>(null);
  const centred = useRef(false);

  useEffect(() => {
    if (!map) return undefined;
    const click = (event: L.LeafletMouseEvent) => {
      latest.current.onChange(fromLatLng(event.latlng));
    };
    map.on('click', click);
    return () => {
      map.off('click', click);
    };
  }, [map, latest]);

  const lat = value?.lat;
  const lon = value?.lon;
  useEffect(() => {
    if (!map) return;
    if (lat === undefined || lon === undefined) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      const created = L.marker([lat, lon], { icon: pinIcon, draggable: true, keyboard: false, title: 'The space’s location' });
      created.on('dragend', () => {
        latest.current.onChange(fromLatLng(created.getLatLng()));
      });
      created.addTo(map);
      marker.current = created;
    } else {
      marker.current.setLatLng([lat, lon]);
    }
    if (!centred.current) {
      centred.current = true;
      map.setView([lat, lon], 16);
    } else if (!map.getBounds().contains([lat, lon])) {
      map.panTo([lat, lon]);
    }
  }, [map, lat, lon, latest]);

  useEffect(
    () => () => {
      marker.current = null;
    },
    [map],
  );

  const fallbackLat = fallbackCentre?.lat;
  const fallbackLon = fallbackCentre?.lon;
  useEffect(() => {
    if (!map || centred.current || fallbackLat === undefined || fallbackLon === undefined) return;
    centred.current = true;
    map.setView([fallbackLat, fallbackLon], 13);
  }, [map, fallbackLat, fallbackLon]);

  return (
    <div className="leaflet-map leaflet-map--picking">
      <div ref={containerRef} className="leaflet-map__canvas" role="region" aria-label={label} />
      <TilesNote failed={tilesFailed} />
      <p className="leaflet-map__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={!map}
          onClick={() => {
            if (map) onChange(fromLatLng(map.getCenter()));
          }}
        >
          Put the pin in the middle of the map
        </button>
      </p>
    </div>
  );
}

export interface PointMapProps {
  point: LatLon;
  status: SpaceStatus;
}

/** A small, still map of one point (no dragging or zooming); the page says in words where it is. */
export function PointMap({ point, status }: PointMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { map, tilesFailed } = useLeafletMap(containerRef, false);
  const { lat, lon } = point;
  useEffect(() => {
    if (!map) return undefined;
    map.setView([lat, lon], 16);
    const marker = L.marker([lat, lon], { icon: statusIcon(status), interactive: false, keyboard: false }).addTo(map);
    return () => {
      marker.remove();
    };
  }, [map, lat, lon, status]);
  return (
    <div className="leaflet-map leaflet-map--static">
      <div ref={containerRef} className="leaflet-map__canvas leaflet-map__canvas--small" />
      <TilesNote failed={tilesFailed} />
    </div>
  );
}
