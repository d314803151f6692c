import { useId, type SubmitEvent } from 'react';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { ScrollRegion } from '@/components/scroll-region';
import { Loading } from '@/components/spinner';
import { formatCount, pluralise } from '@/lib/format';
import { useDebouncedSearchParam } from '@/lib/use-search-param';
import { useNeighbourhoods } from '../api/list-neighbourhoods';
import type { IodEdition } from '../types';
import { DecileIndicator } from './decile-indicator';

const EDITION_NAMES: Record<IodEdition, string> = {
  IoD2025: 'English Indices of Deprivation 2025',
  IoD2019: 'English Indices of Deprivation 2019',
};

export interface NeighbourhoodsTableProps {
  placeId: string;
  placeName: string;
  pageSize?: number;
}

/** A place's neighbourhoods (LSOAs) with their deprivation; searchable, a page at a time. */
export function NeighbourhoodsTable({ placeId, placeName, pageSize }: NeighbourhoodsTableProps) {
  const search = useDebouncedSearchParam('q');
  const searchId = useId();
  const q = search.value;
  const query = useNeighbourhoods({ placeId, q: q || undefined, ...(pageSize === undefined ? {} : { limit: pageSize }) });
  const { data, error, isPending, isError, isFetchNextPageError, isFetchingNextPage, hasNextPage, fetchNextPage, refetch, isRefetching, isPlaceholderData } =
    query;

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    search.commit();
  };

  const form = (
    <form className="filters" role="search" aria-label="Find neighbourhoods" onSubmit={handleSubmit}>
      <div className="filters__field filters__field--grow">
        <label className="field__label" htmlFor={searchId}>
          Search by code or name
        </label>
        <input
          id={searchId}
          className="input"
          type="search"
          name="q"
          autoComplete="off"
          maxLength={100}
          placeholder="For example, E01010577 or Calderdale 001"
          value={search.draft}
          onChange={(event) => {
            search.setDraft(event.target.value);
          }}
        />
      </div>
      <div className="filters__actions">
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </div>
    </form>
  );

  if (isPending) {
    return (
      <>
        {form}
        <Loading label="Loading neighbourhoods…" />
      </>
    );
  }
  if (isError && !isFetchNextPageError) {
    return (
      <>
        {form}
        <ErrorPanel error={error} headingLevel={3} onRetry={() => void refetch()} retrying={isRefetching} />
      </>
    );
  }

  const rows = data.pages.flatMap((page) => page.items);
  const total = data.pages[0]?.total ?? rows.length;
  const showPopulation = rows.some((row) => row.population !== undefined);
  const editions = [...new Set(rows.map((row) => row.iodEdition))];
  const totalText = pluralise(total, 'neighbourhood');

  return (
    <>
      {form}
      <p className="directory__count" role="status">
        {isPlaceholderData
          ? 'Updating the list…'
          : q
            ? `${totalText} ${total === 1 ? 'matches' : 'match'} “${q}”.`
            : `${totalText} in ${placeName}.`}
        {!isPlaceholderData && rows.length > 0 && rows.length < total ? ` Showing ${formatCount(rows.length)}.` : ''}
      </p>

      {rows.length === 0 && !isPlaceholderData ? (
        <div className="panel">
          <p className="panel__body">
            {q ? 'Try part of a code, like E01010, or of a name.' : `No neighbourhoods have been imported for ${placeName} yet.`}
          </p>
        </div>
      ) : (
        <ScrollRegion labelledBy={`${searchId}-caption`}>
          <table className={isPlaceholderData ? 'table table--stale' : 'table'} aria-busy={isPlaceholderData}>
            <caption id={`${searchId}-caption`} className="table__caption">
              Neighbourhoods in {placeName} and their deprivation
            </caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Name</th>
                <th scope="col">
                  IMD decile <span className="table__unit">(1 = most deprived 10%)</span>
                </th>
                <th scope="col" className="table__number">
                  IMD rank <span className="table__unit">(1 = most deprived)</span>
                </th>
                {showPopulation ? (
                  <th scope="col" className="table__number">
                    Population
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code}>
                  <td className="code">{row.code}</td>
                  <th scope="row" className="table__row-name">
                    {row.name}
                  </th>
                  <td>
                    <DecileIndicator decile={row.imdDecile} />
                  </td>
                  <td className="table__number">{formatCount(row.imdRank)}</td>
                  {showPopulation ? (
                    <td className="table__number">{row.population === undefined ? '–' : formatCount(row.population)}</td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      <div className="places__more">
        {isFetchNextPageError ? <ErrorPanel error={error} headingLevel={3} title="We couldn’t load more neighbourhoods" /> : null}
        {hasNextPage && !isPlaceholderData ? (
          <Button variant="secondary" onClick={() => void fetchNextPage()} busy={isFetchingNextPage}>
            {isFetchingNextPage ? 'Loading more neighbourhoods…' : `Load more (${formatCount(total - rows.length)} more)`}
          </Button>
        ) : null}
      </div>

      <p className="attribution">
        Deprivation from the {editions.length > 0 ? editions.map((edition) => EDITION_NAMES[edition]).join(' and ') : EDITION_NAMES.IoD2025}{' '}
        (Ministry of Housing, Communities and Local Government). Ranks are out of all neighbourhoods (LSOAs) in England.
        Contains public sector information licensed under the{' '}
        <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">
          Open Government Licence v3.0
        </a>
        .
      </p>
    </>
  );
}
