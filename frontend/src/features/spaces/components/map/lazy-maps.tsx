import { Component, lazy, Suspense, type ReactNode } from 'react';
import { Spinner } from '@/components/spinner';

// Leaflet and its stylesheet load in their own chunk, the first time a map is shown, so pages
// without a map (and the first page load) stay small.
const load = () => import('./leaflet-maps');

export const SpacesMap = lazy(() => load().then((module) => ({ default: module.SpacesMap })));
export const LocationPickerMap = lazy(() => load().then((module) => ({ default: module.LocationPickerMap })));
export const PointMap = lazy(() => load().then((module) => ({ default: module.PointMap })));

interface BoundaryState {
  failed: boolean;
}

/** If the map's code cannot load (e.g. the connection dropped), say so and leave the rest of the page working. */
class MapErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <div className="leaflet-map leaflet-map--unavailable" role="status">
          <p>The map could not be loaded. Reload the page to try again; everything else here still works.</p>
        </div>
      );
    }
    return this.props.children;
  }
}

/** Shows a placeholder of the map's size while its code loads. */
export function MapFrame({ size = 'tall', children }: { size?: 'tall' | 'medium' | 'small'; children: ReactNode }) {
  return (
    <MapErrorBoundary>
      <Suspense
        fallback={
          <div className={`leaflet-map leaflet-map--loading leaflet-map--${size}`} role="status">
            <Spinner />
            <span>Loading the map…</span>
          </div>
        }
      >
        {children}
      </Suspense>
    </MapErrorBoundary>
  );
}
