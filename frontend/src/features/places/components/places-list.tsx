import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { formatCount } from '@/lib/format';
import { usePlaces } from '../api/get-places';
import { PlaceCard } from './place-card';

export interface PlacesListProps {
  /** Heading level of each place's name: 2 on the Places page, 3 inside a section. */
  headingLevel?: 2 | 3;
  pageSize?: number;
}

/** The places in the programme, a page at a time, with “Load more”. */
export function PlacesList({ headingLevel = 2, pageSize }: PlacesListProps) {
  const query = usePlaces(pageSize === undefined ? {} : { limit: pageSize });
  const { data, error, isPending, isError, isFetchingNextPage, isFetchNextPageError, hasNextPage, fetchNextPage, refetch, isRefetching } =
    query;

  if (isPending) return <Loading label="Loading places…" />;

  if (isError && !isFetchNextPageError) {
    return (
      <ErrorPanel
        error={error}
        headingLevel={headingLevel}
        onRetry={() => void refetch()}
        retrying={isRefetching}
      />
    );
  }

  const places = data.pages.flatMap((page) => page.items);

  if (places.length === 0) {
    return (
      <div className="panel">
        <p className="panel__body">There are no places in the programme yet.</p>
      </div>
    );
  }

  const count = formatCount(places.length);
  return (
    <div className="places">
      <ul className="card-grid" aria-label="Places">
        {places.map((place) => (
          <PlaceCard key={place.id} place={place} headingLevel={headingLevel} />
        ))}
      </ul>
      <div className="places__more">
        <p className="places__count" role="status">
          {hasNextPage
            ? `Showing the first ${count} places.`
            : `Showing all ${count} ${places.length === 1 ? 'place' : 'places'}.`}
        </p>
        {isFetchNextPageError ? (
          <ErrorPanel error={error} headingLevel={headingLevel} title="We couldn’t load more places" />
        ) : null}
        {hasNextPage ? (
          <Button variant="secondary" onClick={() => void fetchNextPage()} busy={isFetchingNextPage}>
            {isFetchingNextPage ? 'Loading more places…' : isFetchNextPageError ? 'Try loading more again' : 'Load more places'}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
