import { ConfirmAction } from '@/components/confirm-action';
import { explainError } from '@/components/explain-error';
import { Button } from '@/components/button';
import { hasStatus } from '@/lib/problem';
import { useDeleteSpace } from '../api/delete-space';
import type { Space } from '../types';

export interface DeleteSpaceProps {
  space: Space;
  onDeleted: (space: Space) => void;
  /** Fetches the space again, after someone else changed it. */
  onReload: () => void;
}

/** Delete a space, after asking. */
export function DeleteSpace({ space, onDeleted, onReload }: DeleteSpaceProps) {
  const mutation = useDeleteSpace();
  const stale = hasStatus(mutation.error, 412);
  const explained = mutation.error ? explainError(mutation.error) : null;

  return (
    <ConfirmAction
      triggerLabel="Delete space"
      question={`Delete ${space.name}?`}
      confirmLabel="Yes, delete it"
      pendingLabel="Deleting…"
      pending={mutation.isPending}
      small={false}
      headingLevel={3}
      onConfirm={() => {
        mutation.mutate(space, { onSuccess: () => { onDeleted(space); } });
      }}
      onCancel={() => {
        mutation.reset();
      }}
      error={
        explained ? (
          <div className="confirm__error" role="alert">
            <p>
              <strong>{stale ? 'Someone else changed this space.' : explained.title}</strong>{' '}
              {stale ? 'Reload it to see their changes before deleting it.' : explained.detail}
            </p>
            {stale ? (
              <Button
                variant="secondary"
                className="button--small"
                onClick={() => {
                  mutation.reset();
                  onReload();
                }}
              >
                Reload this space
              </Button>
            ) : null}
          </div>
        ) : null
      }
    >
      <p>
        This removes the space, its opening hours and its status history for everyone. It can’t be undone. If it has
        closed, you can change its status to “Closed” instead and keep its history.
      </p>
    </ConfirmAction>
  );
}
