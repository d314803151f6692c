import { useState } from 'react';
import { ConfirmAction } from '@/components/confirm-action';
import { ErrorPanel } from '@/components/error-panel';
import { Notice } from '@/components/notice';
import { Loading } from '@/components/spinner';
import { formatDate } from '@/lib/format';
import { useOrganisers } from '../api/list-organisers';
import { useRevokeOrganiser } from '../api/revoke-organiser';
import type { Organiser } from '../types';
import { GrantOrganiser } from './grant-organiser';

export interface OrganisersPanelProps {
  placeId: string;
  placeName: string;
  /** Admins grant and revoke; a place's own organisers only see who else organises it. */
  canManage: boolean;
}

/** Who organises a place, and — for admins — revoke and grant. */
export function OrganisersPanel({ placeId, placeName, canManage }: OrganisersPanelProps) {
  const { data, error, isPending, isError, refetch, isRefetching } = useOrganisers(placeId);
  const [message, setMessage] = useState<string | undefined>();

  return (
    <section className="organisers" aria-labelledby="organisers-title">
      <h2 id="organisers-title">Organisers</h2>
      <p className="section__lead">
        Organisers keep {placeName}’s partnership, spaces, events and surveys up to date. They can change things in{' '}
        {placeName} only. Programme admins decide who organises each place.
      </p>

      {message ? <Notice tone="success">{message}</Notice> : null}

      {isPending ? (
        <Loading label="Loading the organisers…" />
      ) : isError ? (
        <ErrorPanel error={error} headingLevel={3} onRetry={() => void refetch()} retrying={isRefetching} />
      ) : data.items.length === 0 ? (
        <div className="panel">
          <p className="panel__body">Nobody organises {placeName} yet.</p>
        </div>
      ) : (
        <table className="table table--stack">
          <caption className="table__caption">People who organise {placeName}</caption>
          <thead>
            <tr>
              <th scope="col">Username</th>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Organiser since</th>
              <th scope="col">Made organiser by</th>
              {canManage ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {data.items.map((organiser) => (
              <OrganiserRow
                key={organiser.subject}
                organiser={organiser}
                placeId={placeId}
                placeName={placeName}
                canManage={canManage}
                onRevoked={setMessage}
              />
            ))}
          </tbody>
        </table>
      )}

      {canManage && data ? (
        <GrantOrganiser
          placeId={placeId}
          placeName={placeName}
          current={new Set(data.items.map((item) => item.subject))}
          onGranted={setMessage}
        />
      ) : null}
    </section>
  );
}

function OrganiserRow({
  organiser,
  placeId,
  placeName,
  canManage,
  onRevoked,
}: {
  organiser: Organiser;
  placeId: string;
  placeName: string;
  canManage: boolean;
  onRevoked: (message: string) => void;
}) {
  const revoke = useRevokeOrganiser();
  return (
    <tr>
      <th scope="row" data-label="Username">
        {organiser.username}
      </th>
      <td data-label="Name">{organiser.name ?? '–'}</td>
      <td data-label="Email">{organiser.email ? <a href={`mailto:${organiser.email}`}>{organiser.email}</a> : '–'}</td>
      <td data-label="Organiser since">{formatDate(organiser.grantedAt)}</td>
      <td data-label="Made organiser by">{organiser.grantedBy ?? '–'}</td>
      {canManage ? (
        <td className="table__actions">
          <ConfirmAction
            triggerLabel="Revoke"
            triggerVariant="secondary"
            triggerAccessibleLabel={`Stop ${organiser.username} organising ${placeName}`}
            question={`Stop ${organiser.username} organising ${placeName}?`}
            confirmLabel="Yes, revoke"
            pendingLabel="Revoking…"
            pending={revoke.isPending}
            error={revoke.error ? <ErrorPanel error={revoke.error} headingLevel={4} title="Nothing was changed" /> : null}
            onCancel={() => {
              revoke.reset();
            }}
            onConfirm={() => {
              revoke.mutate(
                { placeId, subject: organiser.subject },
                {
                  onSuccess: () => {
                    onRevoked(`${organiser.username} no longer organises ${placeName}.`);
                  },
                },
              );
            }}
          >
            <p>They will no longer be able to change anything in {placeName}. You can make them an organiser again later.</p>
          </ConfirmAction>
        </td>
      ) : null}
    </tr>
  );
}
