import { Button } from '@/components/button';
import { ConfirmAction } from '@/components/confirm-action';
import { ErrorPanel } from '@/components/error-panel';
import { hasStatus, isProblemError } from '@/lib/problem';
import { useDeletePartner } from '../api/delete-partner';
import type { Partner } from '../types';

export interface DeletePartnerProps {
  partner: Partner;
  onDeleted: (partner: Partner) => void;
  /** Fetches the partner again after someone else changed it (412). */
  onReload: () => void;
}

/** “Delete partner”, with a confirmation; explains why the server refused (409, 412) in plain words. */
export function DeletePartner({ partner, onDeleted, onReload }: DeletePartnerProps) {
  const mutation = useDeletePartner();
  const { error } = mutation;

  let problem = null;
  if (hasStatus(error, 412)) {
    problem = (
      <div className="panel panel--warning" role="alert">
        <h4 className="panel__title">Someone else changed this partner</h4>
        <p className="panel__body">It has not been deleted. Reload it to see the latest version, then decide again.</p>
        <Button
          variant="secondary"
          onClick={() => {
            mutation.reset();
            onReload();
          }}
        >
          Reload this partner
        </Button>
      </div>
    );
  } else if (hasStatus(error, 409)) {
    problem = (
      <div className="panel panel--warning" role="alert">
        <h4 className="panel__title">{partner.name} can’t be deleted yet</h4>
        <p className="panel__body">
          {isProblemError(error) && error.detail ? error.detail : 'It is still part of a partnership.'}
        </p>
        <p className="panel__body">
          Remove it from every partnership it belongs to first. To keep its history, mark it as having left instead of
          deleting it.
        </p>
      </div>
    );
  } else if (error) {
    problem = <ErrorPanel error={error} headingLevel={4} title="The partner was not deleted" />;
  }

  return (
    <ConfirmAction
      triggerLabel="Delete partner"
      small={false}
      question={`Delete ${partner.name}?`}
      confirmLabel="Yes, delete it"
      pendingLabel="Deleting…"
      pending={mutation.isPending}
      error={problem}
      onCancel={() => {
        mutation.reset();
      }}
      onConfirm={() => {
        mutation.mutate(partner, {
          onSuccess: () => {
            onDeleted(partner);
          },
        });
      }}
    >
      <p>This removes the partner from the directory for everyone. It can’t be undone.</p>
    </ConfirmAction>
  );
}
