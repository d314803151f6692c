import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import '../../insights.css';
import { useEffect, useRef, useState } from 'react';
import { mapTiles } from '@/lib/map-tiles';
import { PRIORITY_LABELS, PRIORITY_LETTERS, type PriorityBand } from '../../lib/priority';

// Plain Leaflet in a small React wrapper, loaded only when the map is first shown (lazy-map.tsx).

/** Faint tile outlines drawn locally under the real tiles, so the map still moves and zooms without them. */
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

const SIZE = 26;
const icons = new Map<PriorityBand, L.DivIcon>();

function bandIcon(band: PriorityBand): L.DivIcon {
  let icon = icons.get(band);
  if (!icon) {
    icon = L.divIcon({
      className: `priority-marker priority-marker--${band}`,
      html: `<svg width="${String(SIZE)}" height="${String(SIZE)}" viewBox="0 0 26 26" aria-hidden="true" focusable="false"><circle cx="13" cy="13" r="11.5" stroke="#ffffff" stroke-width="2"/><text x="13" y="13" dy="0.35em" text-anchor="middle">${PRIORITY_LETTERS[band]}</text></svg>`,
      iconSize: [SIZE, SIZE],
      iconAnchor: [SIZE / 2, SIZE / 2],
      tooltipAnchor: [0, -SIZE / 2],
    });
    icons.set(band, icon);
  }
  return icon;
}

export interface PriorityPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  band: PriorityBand;
  /** e.g. "Calderdale 019D, score 90". */
  neighbourhood: string;
}

export interface PriorityMapProps {
  /** What the map shows, for screen readers. */
  label: string;
  points: readonly PriorityPoint[];
}

/** The place's open spaces, each marked with its neighbourhood's priority (colour and letter). */
export function PriorityMap({ label, points }: PriorityMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const created = L.map(container, { center: [54.0, -2.5], zoom: 6, scrollWheelZoom: false });
    created.on('focus', () => created.scrollWheelZoom.enable());
    created.on('blur', () => created.scrollWheelZoom.disable());
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
    L.control.scale({ imperial: true, metric: true }).addTo(created);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => created.invalidateSize());
    observer?.observe(container);
    setMap(created);
    return () => {
      observer?.disconnect();
      created.remove();
      setMap(null);
    };
  }, []);

  useEffect(() => {
    if (!map) return undefined;
    const layer = L.layerGroup().addTo(map);
    for (const point of points) {
      const name = `${point.name}: ${PRIORITY_LABELS[point.band]}, ${point.neighbourhood}`;
      // Markers only name themselves on hover; they are not tab stops (markers that overlap would be
      // too small to aim at). Everyone gets the same facts from "Show as table".
      const marker = L.marker([point.lat, point.lon], {
        icon: bandIcon(point.band),
        keyboard: false,
        riseOnHover: true,
        zIndexOffset: point.band === 'high' ? 300 : point.band === 'medium' ? 200 : 0,
      });
      marker.bindTooltip(`${point.name} — ${point.neighbourhood}`, { direction: 'top' });
      marker.addTo(layer);
      const element = marker.getElement();
      element?.setAttribute('role', 'img');
      element?.setAttribute('aria-label', name);
    }
    if (points.length === 1 && points[0]) map.setView([points[0].lat, points[0].lon], 15);
    else if (points.length > 1) map.fitBounds(L.latLngBounds(points.map((point) => [point.lat, point.lon] as L.LatLngTuple)), { padding: [24, 24], maxZoom: 15 });
    return () => {
      layer.remove();
    };
  }, [map, points]);

  return (
    <div className="insights-map">
      <div ref={containerRef} className="insights-map__canvas" role="region" aria-label={label} />
      {tilesFailed ? (
        <p className="insights-map__note" role="status">
          The background map could not load, so it shows a plain grid. The markers, zooming and the table still work.
        </p>
      ) : null}
    </div>
  );
}
