import { ButtonLink } from '@/components/button';
import { useAuth } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import type { Place } from '../types';
import { DeletePlace } from './delete-place';

export interface PlaceOverviewProps {
  place: Place;
  onDeleted: (place: Place) => void;
  /** Fetches the place again, e.g. after someone else changed it. */
  onReload: () => void;
}

/** About the place, and — for admins — edit and delete. */
export function PlaceOverview({ place, onDeleted, onReload }: PlaceOverviewProps) {
  const { hasRole } = useAuth();
  return (
    <>
      <section className="prose" aria-labelledby="about-place">
        <h2 id="about-place">About {place.name}</h2>
        {place.description ? <p>{place.description}</p> : <p className="muted">No description yet.</p>}
      </section>

      <p className="meta">Last updated {formatDate(place.updatedAt)}</p>

      {hasRole('admin') ? (
        <section className="manage" aria-labelledby="manage-place">
          <h2 id="manage-place">Manage this place</h2>
          <div className="button-row">
            <ButtonLink to={paths.editPlace(place.slug)} variant="secondary">
              Edit place
            </ButtonLink>
            <DeletePlace place={place} onDeleted={onDeleted} onReload={onReload} />
          </div>
        </section>
      ) : null}
    </>
  );
}
