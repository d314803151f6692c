import { useId, type SubmitEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { formatCount, pluralise } from '@/lib/format';
import { paths } from '@/lib/paths';
import { updateSearchParams, useDebouncedSearchParam } from '@/lib/use-search-param';
import { usePartners } from '../api/list-partners';
import { PARTNER_TYPES, isPartnerType, partnerTypeLabel } from '../lib/labels';
import type { Partner, PartnerType } from '../types';
import { PartnerTypeBadge } from './partner-type-badge';

/** The partners directory: search and type filter (kept in the URL), and a paged list. */
export function PartnersDirectory({ pageSize }: { pageSize?: number }) {
  const search = useDebouncedSearchParam('q');
  const [params, setParams] = useSearchParams();
  const rawType = params.get('type');
  const type = isPartnerType(rawType) ? rawType : undefined;
  const searchId = useId();
  const typeId = useId();
  const filtered = search.value !== '' || type !== undefined;

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    search.commit();
  };

  return (
    <div className="directory">
      <form className="filters" role="search" aria-label="Find partners" onSubmit={handleSubmit}>
        <div className="filters__field filters__field--grow">
          <label className="field__label" htmlFor={searchId}>
            Search
          </label>
          <input
            id={searchId}
            className="input"
            type="search"
            name="q"
            autoComplete="off"
            maxLength={100}
            placeholder="Name or what they do"
            value={search.draft}
            onChange={(event) => {
              search.setDraft(event.target.value);
            }}
          />
        </div>
        <div className="filters__field">
          <label className="field__label" htmlFor={typeId}>
            Type
          </label>
          <select
            id={typeId}
            className="input select"
            name="type"
            value={type ?? ''}
            onChange={(event) => {
              updateSearchParams(setParams, { type: event.target.value });
            }}
          >
            <option value="">All types</option>
            {PARTNER_TYPES.map((option) => (
              <option key={option} value={option}>
                {partnerTypeLabel(option)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <Button type="submit" variant="secondary">
            Search
          </Button>
          {filtered ? (
            <Button
              variant="quiet"
              onClick={() => {
                search.setDraft('');
                updateSearchParams(setParams, { q: undefined, type: undefined });
              }}
            >
              Clear
            </Button>
          ) : null}
        </div>
      </form>

      <PartnersResults q={search.value} type={type} pageSize={pageSize} />
    </div>
  );
}

function describeFilters(q: string, type: PartnerType | undefined): string {
  const parts: string[] = [];
  if (q) parts.push(`matching “${q}”`);
  if (type) parts.push(`of type ${partnerTypeLabel(type)}`);
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

function PartnersResults({ q, type, pageSize }: { q: string; type: PartnerType | undefined; pageSize: number | undefined }) {
  const query = usePartners({ q: q || undefined, type, ...(pageSize === undefined ? {} : { limit: pageSize }) });
  const { data, error, isPending, isError, isFetchNextPageError, isFetchingNextPage, hasNextPage, fetchNextPage, refetch, isRefetching, isPlaceholderData } =
    query;

  if (isPending) return <Loading label="Loading partners…" />;
  if (isError && !isFetchNextPageError) {
    return <ErrorPanel error={error} onRetry={() => void refetch()} retrying={isRefetching} />;
  }

  const partners = data.pages.flatMap((page) => page.items);
  const filters = describeFilters(q, type);
  const status = isPlaceholderData
    ? 'Updating the list…'
    : partners.length === 0
      ? `No partners${filters}.`
      : hasNextPage
        ? `Showing the first ${pluralise(partners.length, 'partner')}${filters}.`
        : `Showing ${partners.length === 1 ? 'the only partner' : `all ${formatCount(partners.length)} partners`}${filters}.`;

  return (
    <div className="directory__results" aria-busy={isPlaceholderData}>
      <p className="directory__count" role="status">
        {status}
      </p>
      {partners.length === 0 && !isPlaceholderData ? (
        <div className="panel">
          <p className="panel__body">
            {filters ? 'Try other words, or another type, or clear the filters.' : 'There are no partners in the directory yet.'}
          </p>
        </div>
      ) : (
        <ul className={isPlaceholderData ? 'partner-list partner-list--stale' : 'partner-list'} aria-label="Partners">
          {partners.map((partner) => (
            <PartnerRow key={partner.id} partner={partner} />
          ))}
        </ul>
      )}
      {isFetchNextPageError ? <ErrorPanel error={error} title="We couldn’t load more partners" /> : null}
      {hasNextPage && !isPlaceholderData ? (
        <Button variant="secondary" onClick={() => void fetchNextPage()} busy={isFetchingNextPage}>
          {isFetchingNextPage ? 'Loading more partners…' : isFetchNextPageError ? 'Try loading more again' : 'Load more partners'}
        </Button>
      ) : null}
    </div>
  );
}

function PartnerRow({ partner }: { partner: Partner }) {
  return (
    <li className="partner-row">
      <div className="partner-row__head">
        <h2 className="partner-row__name">
          <Link to={paths.partner(partner.id)}>{partner.name}</Link>
        </h2>
        <PartnerTypeBadge type={partner.type} />
      </div>
      {partner.description ? <p className="partner-row__description">{partner.description}</p> : null}
      {partner.postcode ? (
        <p className="partner-row__meta">
          <span className="visually-hidden">Postcode: </span>
          {partner.postcode}
        </p>
      ) : null}
    </li>
  );
}
