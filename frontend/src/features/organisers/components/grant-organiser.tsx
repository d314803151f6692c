import { useId, useState } from 'react';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { formatDate, pluralise } from '@/lib/format';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { useGrantOrganiser } from '../api/grant-organiser';
import { useUsers } from '../api/list-users';
import type { User } from '../types';

export interface GrantOrganiserProps {
  placeId: string;
  placeName: string;
  /** Subjects of the people who already organise the place. */
  current: ReadonlySet<string>;
  onGranted: (message: string) => void;
}

/** Admins: find someone who has signed in before and make them an organiser of the place. */
export function GrantOrganiser({ placeId, placeName, current, onGranted }: GrantOrganiserProps) {
  const [draft, setDraft] = useState('');
  const q = useDebouncedValue(draft.trim());
  const inputId = useId();
  const hintId = useId();
  const users = useUsers({ q: q || undefined });
  const grant = useGrantOrganiser();

  return (
    <section className="grant" aria-labelledby="grant-title">
      <h3 id="grant-title">Add an organiser</h3>
      <p className="section__lead">
        People appear here after they have signed in to Kickstart once. If someone is missing, ask them to sign in,
        then search again.
      </p>
      <p className="section__lead">
        Making someone an organiser here takes effect only if their account also has the Organiser role, which is set
        in the sign-in service.
      </p>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          Find a person
        </label>
        <p className="field__hint" id={hintId}>
          Part of their username, name or email.
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

      {grant.isError ? <ErrorPanel error={grant.error} headingLevel={4} title="They were not made an organiser" /> : null}

      {users.isPending ? (
        <Loading label="Finding people…" />
      ) : users.isError && !users.isFetchNextPageError ? (
        <ErrorPanel error={users.error} headingLevel={4} onRetry={() => void users.refetch()} retrying={users.isRefetching} />
      ) : (
        <UserResults
          people={users.data.pages.flatMap((page) => page.items)}
          q={q}
          searching={users.isPlaceholderData}
          hasMore={users.hasNextPage}
          loadingMore={users.isFetchingNextPage}
          onMore={() => void users.fetchNextPage()}
          current={current}
          placeName={placeName}
          grantingSubject={grant.isPending ? grant.variables.subject : undefined}
          onGrant={(user) => {
            grant.mutate(
              { placeId, subject: user.subject },
              {
                onSuccess: () => {
                  onGranted(`${user.username} now organises ${placeName}.`);
                },
              },
            );
          }}
        />
      )}
    </section>
  );
}

interface UserResultsProps {
  people: User[];
  q: string;
  searching: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  current: ReadonlySet<string>;
  placeName: string;
  grantingSubject: string | undefined;
  onGrant: (user: User) => void;
}

function UserResults({ people, q, searching, hasMore, loadingMore, onMore, current, placeName, grantingSubject, onGrant }: UserResultsProps) {
  return (
    <div aria-busy={searching}>
      <p className="directory__count" role="status">
        {searching
          ? 'Searching…'
          : people.length === 0
            ? q
              ? `Nobody matching “${q}” has signed in yet.`
              : 'Nobody has signed in yet.'
            : `${pluralise(people.length, 'person', 'people')}${hasMore ? ' shown, more available' : ''}${q ? ` matching “${q}”` : ''}.`}
      </p>
      {people.length > 0 ? (
        <ul className="pick-list" aria-label="People who have signed in">
          {people.map((user) => (
            <li key={user.subject} className="pick-list__item">
              <div className="pick-list__text">
                <span className="pick-list__name">{user.username}</span>
                {user.name ? <span>{user.name}</span> : null}
                {user.email ? <span className="pick-list__meta">{user.email}</span> : null}
                {user.lastSeenAt ? <span className="pick-list__meta">Last signed in {formatDate(user.lastSeenAt)}</span> : null}
              </div>
              {current.has(user.subject) ? (
                <span className="pick-list__note">Already organises {placeName}</span>
              ) : (
                <Button
                  variant="secondary"
                  className="button--small"
                  busy={grantingSubject === user.subject}
                  disabled={grantingSubject !== undefined}
                  aria-label={`Make ${user.username} an organiser of ${placeName}`}
                  onClick={() => {
                    onGrant(user);
                  }}
                >
                  {grantingSubject === user.subject ? 'Adding…' : 'Make organiser'}
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {hasMore && !searching ? (
        <Button variant="quiet" onClick={onMore} busy={loadingMore}>
          {loadingMore ? 'Loading more…' : 'Show more people'}
        </Button>
      ) : null}
    </div>
  );
}
