import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '@/components/button';
import { ConfirmAction } from '@/components/confirm-action';
import { explainError } from '@/components/explain-error';
import { FormField } from '@/components/form-field';
import { StaleSummary } from '@/components/stale-summary';
import { hasStatus } from '@/lib/problem';
import { eventQueryOptions } from '../api/get-event';
import { useUpdateEvent } from '../api/update-event';
import { isOneOff, withDateCancelled, withDateRestored } from '../lib/changes';
import { formatDayMonth } from '../lib/dates';
import type { Event, EventInput } from '../types';

/** A change the page can tell will not work, in words for the person. */
class ChangeRefused extends Error {
  override name = 'ChangeRefused';
}

/** The occurrence being changed: its event, and the date the schedule gives it. */
export interface OccurrenceTarget {
  eventId: string;
  date: string;
  title: string;
  recurring: boolean;
}

interface ChangeOptions {
  target: OccurrenceTarget;
  /** The event as the page shows it; fetched fresh when not given (e.g. from What's on). */
  event?: Event | undefined;
  onReload?: (() => void) | undefined;
}

/** PUTs the event with one date changed, fetching the event first when the page does not hold it. */
function useOccurrenceChange({ target, event }: ChangeOptions) {
  const queryClient = useQueryClient();
  const update = useUpdateEvent();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  const run = async (build: (current: Event) => EventInput | string, onSuccess: () => void) => {
    setProblem(null);
    update.reset();
    let current = event;
    if (!current) {
      setLoading(true);
      try {
        current = await queryClient.query({ ...eventQueryOptions(target.eventId), staleTime: 0 });
      } catch (error) {
        setProblem(error);
        return;
      } finally {
        setLoading(false);
      }
    }
    const input = build(current);
    if (typeof input === 'string') {
      setProblem(new ChangeRefused(input));
      return;
    }
    update.mutate({ event: current, input }, { onSuccess });
  };

  const error = problem ?? update.error;
  return {
    run,
    pending: loading || update.isPending,
    error,
    stale: hasStatus(error, 412),
    reset: () => {
      setProblem(null);
      update.reset();
    },
  };
}

function ChangeError({ error, stale, onReload }: { error: unknown; stale: boolean; onReload: () => void }) {
  if (stale) return <StaleSummary thing="event" onReload={onReload} />;
  const message = error instanceof ChangeRefused ? { title: error.message, detail: '' } : explainError(error);
  return (
    <div className="confirm__error" role="alert">
      <p>
        <strong>{message.title}</strong> {message.detail}
      </p>
    </div>
  );
}

export interface CancelOccurrenceProps extends ChangeOptions {
  /** Told what happened, e.g. to announce it. */
  onChanged: (message: string) => void;
  headingLevel?: 3 | 4 | 5;
}

/**
 * Cancel one date of an event, with a note saying why, after asking. A one-off event is
 * cancelled as a whole. Undone with {@link RestoreOccurrence}.
 */
export function CancelOccurrence({ target, event, onReload, onChanged, headingLevel = 4 }: CancelOccurrenceProps) {
  const [note, setNote] = useState('');
  const noteId = useId();
  const change = useOccurrenceChange({ target, event, onReload });
  const oneOff = !target.recurring;
  const day = formatDayMonth(target.date);

  return (
    <ConfirmAction
      triggerLabel={oneOff ? 'Cancel event' : 'Cancel this date'}
      triggerAccessibleLabel={oneOff ? `Cancel ${target.title}` : `Cancel ${target.title} on ${day}`}
      triggerVariant="secondary"
      question={oneOff ? `Cancel ${target.title}?` : `Cancel ${target.title} on ${day}?`}
      confirmLabel={oneOff ? 'Yes, cancel the event' : 'Yes, cancel this date'}
      pendingLabel="Cancelling…"
      pending={change.pending}
      headingLevel={headingLevel}
      onConfirm={() => {
        void change.run(
          (current) => (isOneOff(current) ? withDateCancelled(current, target.date) : withDateCancelled(current, target.date, note)),
          () => {
            setNote('');
            onChanged(oneOff ? `${target.title} is cancelled.` : `${target.title} on ${day} is cancelled.`);
          },
        );
      }}
      onCancel={() => {
        change.reset();
      }}
      error={
        change.error ? (
          <ChangeError
            error={change.error}
            stale={change.stale}
            onReload={() => {
              change.reset();
              onReload?.();
            }}
          />
        ) : null
      }
    >
      <p>
        It will show as cancelled on What’s on and in calendars people subscribe to. You can undo this
        {oneOff ? '.' : '; the other dates go ahead as planned.'}
      </p>
      {oneOff ? null : (
        <FormField id={noteId} label="Why it is cancelled" hint="Shown next to the date, e.g. “The hall is closed for repairs”. Up to 500 characters." optional>
          {(control) => (
            <textarea
              {...control}
              className="input textarea textarea--short"
              rows={2}
              maxLength={500}
              value={note}
              onChange={(event) => {
                setNote(event.target.value);
              }}
            />
          )}
        </FormField>
      )}
    </ConfirmAction>
  );
}

export interface RestoreOccurrenceProps extends ChangeOptions {
  onChanged: (message: string) => void;
}

/** Put a cancelled date back on the schedule (or a cancelled one-off event back on). */
export function RestoreOccurrence({ target, event, onReload, onChanged }: RestoreOccurrenceProps) {
  const change = useOccurrenceChange({ target, event, onReload });
  const day = formatDayMonth(target.date);
  return (
    <div className="occurrence-restore">
      <Button
        variant="secondary"
        className="button--small"
        busy={change.pending}
        aria-label={target.recurring ? `Undo the cancellation of ${target.title} on ${day}` : `Undo the cancellation of ${target.title}`}
        onClick={() => {
          void change.run(
            (current) =>
              !isOneOff(current) && current.status === 'cancelled'
                ? 'The whole event is cancelled. Edit the event and set it to go ahead to bring its dates back.'
                : withDateRestored(current, target.date),
            () => {
              onChanged(target.recurring ? `${target.title} on ${day} is back on.` : `${target.title} is back on.`);
            },
          );
        }}
      >
        {change.pending ? 'Undoing…' : 'Undo cancellation'}
      </Button>
      {change.error ? (
        <ChangeError
          error={change.error}
          stale={change.stale}
          onReload={() => {
            change.reset();
            onReload?.();
          }}
        />
      ) : null}
    </div>
  );
}
