import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/error-summary';
import { explainError } from '@/components/explain-error';
import { FormField, FormFieldset } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { StaleSummary } from '@/components/stale-summary';
import { hasStatus, splitFieldErrors } from '@/lib/problem';
import { useChangeSpaceStatus } from '../api/change-space-status';
import { STATUS_LABELS, allowedMoves, moveDescription } from '../lib/lifecycle';
import type { Space, SpaceStatus } from '../types';
import { StatusSymbol } from './status-symbol';

export interface ChangeStatusProps {
  space: Space;
  /** Fetches the space again, after someone else changed it. */
  onReload: () => void;
  headingLevel?: 2 | 3;
}

/** Move a space to one of the stages the lifecycle allows next, with a note kept in its history. */
export function ChangeStatus({ space, onReload, headingLevel = 2 }: ChangeStatusProps) {
  const moves = allowedMoves(space.status);
  const [to, setTo] = useState<SpaceStatus | ''>('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState<SpaceStatus | null>(null);
  const mutation = useChangeSpaceStatus();
  const ids = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const radioId = `${ids}-to`;
  const noteId = `${ids}-note`;

  const server = splitFieldErrors(mutation.error, (path) => (path === 'status' || path === 'note' ? path : undefined));
  const statusError = missing ? 'Choose the stage to move it to' : server.byField.status;
  const noteError = server.byField.note;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (to === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setDone(null);
    const trimmed = note.trim();
    mutation.mutate(
      { space, change: trimmed ? { status: to, note: trimmed } : { status: to } },
      {
        onSuccess: (updated) => {
          setDone(updated.status);
          setTo('');
          setNote('');
        },
      },
    );
  };

  let summary = null;
  if (missing) {
    summary = <ErrorSummary title="There is a problem" items={[{ fieldId: radioId, message: 'Choose the stage to move it to' }]} />;
  } else if (hasStatus(mutation.error, 412)) {
    summary = (
      <StaleSummary
        thing="space"
        onReload={() => {
          mutation.reset();
          onReload();
        }}
      />
    );
  } else if (hasStatus(mutation.error, 409)) {
    summary = (
      <ErrorSummary
        title="This change isn’t allowed"
        description={<p>{explainError(mutation.error).detail || 'The space cannot move to that stage from where it is now.'}</p>}
        items={[]}
      />
    );
  } else if (mutation.error) {
    const explained = explainError(mutation.error);
    summary = (
      <ErrorSummary
        title={explained.title}
        description={explained.detail ? <p>{explained.detail}</p> : undefined}
        items={[
          ...(server.byField.status ? [{ fieldId: radioId, message: server.byField.status }] : []),
          ...(noteError ? [{ fieldId: noteId, message: noteError }] : []),
          ...server.other.map((message) => ({ message })),
        ]}
      />
    );
  }

  return (
    <section className="change-status" aria-labelledby={`${ids}-title`}>
      <Heading id={`${ids}-title`} className="change-status__title">
        Change status
      </Heading>
      {done ? <Notice tone="success">The space is now at the “{STATUS_LABELS[done]}” stage.</Notice> : null}
      <form onSubmit={submit} noValidate aria-busy={mutation.isPending}>
        {summary}
        <FormFieldset
          id={radioId}
          legend={`Move it from “${STATUS_LABELS[space.status]}” to`}
          hint="Only the next stages the lifecycle allows are offered."
          error={statusError}
        >
          <ul className="choices">
            {moves.map((status, index) => {
              const id = index === 0 ? radioId : `${radioId}-${status}`;
              return (
                <li key={status} className="choice">
                  <input
                    id={id}
                    className="choice__input"
                    type="radio"
                    name={radioId}
                    value={status}
                    checked={to === status}
                    aria-describedby={`${id}-hint`}
                    onChange={() => {
                      setTo(status);
                      setMissing(false);
                    }}
                  />
                  <label className="choice__label" htmlFor={id}>
                    <StatusSymbol status={status} size={18} /> {STATUS_LABELS[status]}
                  </label>
                  <p className="choice__hint" id={`${id}-hint`}>
                    {moveDescription(space.status, status)}
                  </p>
                </li>
              );
            })}
          </ul>
        </FormFieldset>
        <FormField id={noteId} label="Note" hint="Why, or what happened. Kept in the space’s history. Up to 1,000 characters." error={noteError} optional>
          {(control) => (
            <textarea
              {...control}
              className="input textarea textarea--short"
              rows={3}
              maxLength={1000}
              value={note}
              onChange={(event) => {
                setNote(event.target.value);
              }}
            />
          )}
        </FormField>
        <Button type="submit" busy={mutation.isPending}>
          {mutation.isPending ? 'Changing the status…' : 'Change status'}
        </Button>
      </form>
    </section>
  );
}
