import { Button } from '@/components/button';
import { ConfirmAction } from '@/components/confirm-action';
import { explainError } from '@/components/explain-error';
import { hasStatus } from '@/lib/problem';
import { useDeleteEvent } from '../api/delete-event';
import type { Event } from '../types';

export interface DeleteEventProps {
  event: Event;
  onDeleted: (event: Event) => void;
  /** Fetches the event again, after someone else changed it. */
  onReload: () => void;
}

/** Delete an event, after asking. One with attendance recorded is refused; it can be cancelled instead. */
export function DeleteEvent({ event, onDeleted, onReload }: DeleteEventProps) {
  const mutation = useDeleteEvent();
  const stale = hasStatus(mutation.error, 412);
  const kept = hasStatus(mutation.error, 409);
  const explained = mutation.error ? explainError(mutation.error) : null;

  let message = null;
  if (explained) {
    let title = explained.title;
    let detail = explained.detail;
    if (stale) {
      title = 'Someone else changed this event.';
      detail = 'Reload it to see their changes before deleting it.';
    } else if (kept) {
      title = 'This event can’t be deleted.';
      detail = `${explained.detail || 'Attendance has been recorded for it.'} To stop it, edit the event and set it to cancelled: its attendance still counts.`;
    }
    message = (
      <div className="confirm__error" role="alert">
        <p>
          <strong>{title}</strong> {detail}
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
            Reload this event
          </Button>
        ) : null}
      </div>
    );
  }

  return (
    <ConfirmAction
      triggerLabel="Delete event"
      question={`Delete ${event.title}?`}
      confirmLabel="Yes, delete it"
      pendingLabel="Deleting…"
      pending={mutation.isPending}
      small={false}
      headingLevel={3}
      onConfirm={() => {
        mutation.mutate(event, {
          onSuccess: () => {
            onDeleted(event);
          },
        });
      }}
      onCancel={() => {
        mutation.reset();
      }}
      error={message}
    >
      <p>
        This removes the event and all its dates for everyone, and from the calendars people subscribe to. It can’t be undone.
        If it has stopped or will not go ahead, you can cancel it instead and keep its history.
      </p>
    </ConfirmAction>
  );
}
