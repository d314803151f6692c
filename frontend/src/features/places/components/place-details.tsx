import { ButtonLink } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { useAuth } from '@/lib/auth';
import { formatCount, formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { hasStatus } from '@/lib/problem';
import { usePlace } from '../api/get-place';
import type { Place } from '../types';
import { DeletePlace } from './delete-place';

export interface PlaceDetailsProps {
  slug: string;
  onDeleted: (place: Place) => void;
}

/** A place's facts, and — for admins — edit and delete. */
export function PlaceDetails({ slug, onDeleted }: PlaceDetailsProps) {
  const { data: place, error, isPending, isError, refetch, isRefetching } = usePlace(slug);
  const { hasRole } = useAuth();

  if (isPending) return <Loading label="Loading the place…" />;

  if (isError) {
    if (hasStatus(error, 404)) {
      return (
        <>
          <title>Place not found – Kickstart</title>
          <ErrorPanel error={error} headingLevel={1} />
        </>
      );
    }
    return <ErrorPanel error={error} headingLevel={1} onRetry={() => void refetch()} retrying={isRefetching} />;
  }

  return (
    <article className="place">
      <title>{`${place.name} – Kickstart`}</title>
      <header className="page-header">
        <p className="eyebrow">{place.region}</p>
        <h1 className="page-header__title">{place.name}</h1>
      </header>

      <dl className="facts">
        <div className="facts__item">
          <dt>Population</dt>
          <dd>{place.population === undefined ? 'Not recorded' : formatCount(place.population)}</dd>
        </div>
        <div className="facts__item">
          <dt>
            <abbr title="Government Statistical Service">GSS</abbr> code
          </dt>
          <dd className="code">{place.gssCode}</dd>
        </div>
        <div className="facts__item">
          <dt>Region</dt>
          <dd>{place.region}</dd>
        </div>
      </dl>

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
            <DeletePlace place={place} onDeleted={onDeleted} onReload={() => void refetch()} />
          </div>
        </section>
      ) : null}
    </article>
  );
}
