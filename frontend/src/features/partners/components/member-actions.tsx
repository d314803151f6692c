import { Button, ButtonLink } from '@/components/button';
import { ConfirmAction } from '@/components/confirm-action';
import { ErrorPanel } from '@/components/error-panel';
import { paths } from '@/lib/paths';
import { hasStatus } from '@/lib/problem';
import { useDeleteMembership } from '../api/delete-membership';
import { usePutMembership } from '../api/put-membership';
import { withStatus } from '../lib/membership-rules';
import type { Membership } from '../types';

export interface MemberActionsProps {
  membership: Membership;
  placeSlug: string;
  /** Tells the page what happened, to announce it. */
  onDone: (message: string) => void;
  /** Fetches the partnership again after someone else changed it (412). */
  onReload: () => void;
}

function StaleWarning({ onReload }: { onReload: () => void }) {
  return (
    <div className="panel panel--warning" role="alert">
      <h5 className="panel__title">Someone else changed this membership</h5>
      <p className="panel__body">Nothing was changed. Reload the partnership to see the latest version, then try again.</p>
      <Button variant="secondary" className="button--small" onClick={onReload}>
        Reload the partnership
      </Button>
    </div>
  );
}

/** Edit, mark as left (or active again), and remove — for people who may write in this place. */
export function MemberActions({ membership, placeSlug, onDone, onReload }: MemberActionsProps) {
  const put = usePutMembership();
  const remove = useDeleteMembership();
  const { partner, placeId, version } = membership;
  const nextStatus = membership.status === 'active' ? 'left' : 'active';

  const problem = (error: unknown, title: string) =>
    hasStatus(error, 412) ? (
      <StaleWarning
        onReload={() => {
          put.reset();
          remove.reset();
          onReload();
        }}
      />
    ) : error ? (
      <ErrorPanel error={error} headingLevel={4} title={title} />
    ) : null;

  return (
    <div className="member-actions">
      <div className="button-row">
        <ButtonLink
          to={paths.editMember(placeSlug, partner.id)}
          variant="secondary"
          className="button--small"
          aria-label={`Edit ${partner.name}’s membership`}
        >
          Edit
        </ButtonLink>
        <Button
          variant="secondary"
          className="button--small"
          busy={put.isPending}
          aria-label={nextStatus === 'left' ? `Mark ${partner.name} as left` : `Mark ${partner.name} as active again`}
          onClick={() => {
            remove.reset();
            put.mutate(
              { placeId, partnerId: partner.id, version, input: withStatus(membership, nextStatus) },
              {
                onSuccess: () => {
                  onDone(
                    nextStatus === 'left'
                      ? `${partner.name} is now shown as having left the partnership.`
                      : `${partner.name} is an active partner again.`,
                  );
                },
              },
            );
          }}
        >
          {nextStatus === 'left' ? 'Mark as left' : 'Mark as active again'}
        </Button>
        <ConfirmAction
          triggerLabel="Remove"
          triggerVariant="secondary"
          triggerAccessibleLabel={`Remove ${partner.name} from the partnership`}
          question={`Remove ${partner.name} from the partnership?`}
          confirmLabel="Yes, remove it"
          pendingLabel="Removing…"
          pending={remove.isPending}
          headingLevel={5}
          error={problem(remove.error, 'The partner was not removed')}
          onCancel={() => {
            remove.reset();
          }}
          onConfirm={() => {
            put.reset();
            remove.mutate(
              { placeId, partnerId: partner.id, version },
              {
                onSuccess: () => {
                  onDone(`${partner.name} has been removed from the partnership.`);
                },
              },
            );
          }}
        >
          <p>
            This deletes the membership and its history. To keep the history, choose Cancel and then{' '}
            {membership.status === 'active' ? '“Mark as left”' : 'leave it marked as left'}.
          </p>
        </ConfirmAction>
      </div>
      {problem(put.error, 'The membership was not changed')}
    </div>
  );
}
