import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { pluralise } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { usePartners } from '../api/list-partners';
import type { Partner } from '../types';
import { PartnerTypeBadge } from './partner-type-badge';

export interface PartnerPickerProps {
  /** Partners already in the partnership: they can't be added twice. */
  memberIds: ReadonlySet<string>;
  placeSlug: string;
  onPick: (partner: Partner) => void;
}

/** Find a partner in the directory by name and choose it. */
export function PartnerPicker({ memberIds, placeSlug, onPick }: PartnerPickerProps) {
  const [draft, setDraft] = useState('');
  const q = useDebouncedValue(draft.trim());
  const inputId = useId();
  const hintId = useId();
  const query = usePartners({ q: q || undefined, limit: 10 });

  return (
    <div className="picker">
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          Find the partner
        </label>
        <p className="field__hint" id={hintId}>
          Type part of its name. Results update as you type.
        </p>
        <input
          id={inputId}
          className="input"
          type="search"
          autoComplete="off"
          maxLength={100}
          aria-describedby={hintId}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
        />
      </div>
      <PickerResults query={query} q={q} memberIds={memberIds} placeSlug={placeSlug} onPick={onPick} />
    </div>
  );
}

function PickerResults({
  query,
  q,
  memberIds,
  placeSlug,
  onPick,
}: {
  query: ReturnType<typeof usePartners>;
  q: string;
} & PartnerPickerProps) {
  const { data, error, isPending, isError, isFetchNextPageError, hasNextPage, fetchNextPage, isFetchingNextPage, isPlaceholderData, refetch, isRefetching } =
    query;
  if (isPending) return <Loading label="Finding partners…" />;
  if (isError && !isFetchNextPageError) {
    return <ErrorPanel error={error} headingLevel={3} onRetry={() => void refetch()} retrying={isRefetching} />;
  }
  const partners = data.pages.flatMap((page) => page.items);
  return (
    <div aria-busy={isPlaceholderData}>
      <p className="directory__count" role="status">
        {isPlaceholderData
          ? 'Searching…'
          : partners.length === 0
            ? q
              ? `No partners match “${q}”. You can add it as a new organisation instead.`
              : 'There are no partners in the directory yet.'
            : `${pluralise(partners.length, 'partner')}${hasNextPage ? ' shown, more available' : ''}${q ? ` matching “${q}”` : ''}.`}
      </p>
      {partners.length > 0 ? (
        <ul className="pick-list" aria-label="Matching partners">
          {partners.map((partner) => {
            const member = memberIds.has(partner.id);
            return (
              <li key={partner.id} className="pick-list__item">
                <div className="pick-list__text">
                  <span className="pick-list__name">{partner.name}</span>
                  <PartnerTypeBadge type={partner.type} />
                  {partner.postcode ? <span className="pick-list__meta">{partner.postcode}</span> : null}
                </div>
                {member ? (
                  <span className="pick-list__note">
                    Already in the partnership —{' '}
                    <Link to={paths.editMember(placeSlug, partner.id)}>
                      edit its membership<span className="visually-hidden"> ({partner.name})</span>
                    </Link>
                  </span>
                ) : (
                  <Button
                    variant="secondary"
                    className="button--small"
                    aria-label={`Choose ${partner.name}`}
                    onClick={() => {
                      onPick(partner);
                    }}
                  >
                    Choose
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {isFetchNextPageError ? <ErrorPanel error={error} headingLevel={3} title="We couldn’t load more partners" /> : null}
      {hasNextPage && !isPlaceholderData ? (
        <Button variant="quiet" onClick={() => void fetchNextPage()} busy={isFetchingNextPage}>
          {isFetchingNextPage ? 'Loading more…' : 'Show more partners'}
        </Button>
      ) : null}
    </div>
  );
}
