import { useEffect } from 'react';
import type { LocationPickerMapProps, PointMapProps, SpacesMapProps } from '@/features/spaces/components/map/leaflet-maps';

// Test doubles for the Leaflet maps (jsdom cannot lay out a map). Use in a test file with:
//   vi.mock('@/features/spaces/components/map/leaflet-maps', () => import('@/test/spaces'));
// The markers become buttons, so selection can be tested from both sides.

export const STUB_VIEW = { bbox: [-1.9, 53.7, -1.84, 53.74] as const, centre: { lat: 53.72, lon: -1.87 } };

export function SpacesMap({ label, points, selectedId, onSelect, onViewChange, picking, onPick }: SpacesMapProps) {
  useEffect(() => {
    onViewChange(STUB_VIEW);
  }, [onViewChange]);
  return (
    <div role="region" aria-label={label}>
      {points.map((point) => (
        <button
          key={point.id}
          type="button"
          aria-pressed={point.id === selectedId}
          onClick={() => {
            onSelect(point.id);
          }}
        >
          Marker: {point.name}
        </button>
      ))}
      {picking ? (
        <button
          type="button"
          onClick={() => {
            onPick({ lat: 53.7, lon: -1.9 });
          }}
        >
          Click the map
        </button>
      ) : null}
    </div>
  );
}

export function LocationPickerMap({ label, value, onChange }: LocationPickerMapProps) {
  return (
    <div role="region" aria-label={label}>
      <p>{value ? `Pin at ${String(value.lat)}, ${String(value.lon)}` : 'No pin'}</p>
      <button
        type="button"
        onClick={() => {
          onChange({ lat: 53.72171, lon: -1.85752 });
        }}
      >
        Click the map
      </button>
    </div>
  );
}

export function PointMap({ point }: PointMapProps) {
  return <p>Map of {`${String(point.lat)}, ${String(point.lon)}`}</p>;
}

export const PLACE_ID = '0b6f7a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
export const SPACE_ID = '5f0e7c2a-1b3d-4c5e-9f8a-7b6c5d4e3f2a';

let counter = 0;

/** A space as the API returns it. */
export function spaceFixture(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    id: `5f0e7c2a-1b3d-4c5e-9f8a-${String(counter).padStart(12, '0')}`,
    placeId: PLACE_ID,
    name: `Space ${String(counter)}`,
    kind: 'community_centre',
    mode: 'physical',
    location: { lat: 53.7217, lon: -1.8575 },
    status: 'open',
    accessibility: [],
    welcome: [],
    languages: [],
    createdAt: '2026-11-24T10:00:00Z',
    updatedAt: '2026-11-24T10:00:00Z',
    version: 2,
    ...overrides,
  };
}
