import { Component, lazy, Suspense, type ReactNode } from 'react';
import { Spinner } from '@/components/spinner';

// Leaflet and its stylesheet load in their own chunk, the first time the map is shown, so the
// dashboard's other parts (and the app's first page) stay small.
export const PriorityMap = lazy(() => import('./priority-map').then((module) => ({ default: module.PriorityMap })));

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
        <div className="insights-map insights-map--unavailable" role="status">
          <p>The map could not be loaded. Reload the page to try again; the table of spaces still works.</p>
        </div>
      );
    }
    return this.props.children;
  }
}

/** Shows a placeholder of the map's size while its code loads. */
export function MapFrame({ children }: { children: ReactNode }) {
  return (
    <MapErrorBoundary>
      <Suspense
        fallback={
          <div className="insights-map insights-map--loading" role="status">
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
