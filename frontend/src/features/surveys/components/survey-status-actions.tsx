import { useState } from 'react';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/error-summary';
import { explainError } from '@/components/explain-error';
import { Notice } from '@/components/notice';
import { StaleSummary } from '@/components/stale-summary';
import { hasStatus } from '@/lib/problem';
import { useChangeSurveyStatus } from '../api/change-survey-status';
import type { Survey, SurveyStatus } from '../types';

interface Move {
  to: SurveyStatus;
  label: string;
  pending: string;
  done: string;
  hint: string;
}

/** draft → open → closed, and a closed survey may reopen. */
function movesFrom(status: SurveyStatus): Move[] {
  switch (status) {
    case 'draft':
      return [
        {
          to: 'open',
          label: 'Open the survey',
          pending: 'Opening…',
          done: 'The survey is open: its link and QR code now take answers.',
          hint: 'Residents can answer once it is open. Its questions can’t change after the first answer.',
        },
      ];
    case 'open':
      return [
        {
          to: 'closed',
          label: 'Close the survey',
          pending: 'Closing…',
          done: 'The survey is closed: its link no longer takes answers.',
          hint: 'The link stops taking answers. You can reopen it later, and still enter paper responses.',
        },
      ];
    case 'closed':
      return [
        {
          to: 'open',
          label: 'Reopen the survey',
          pending: 'Reopening…',
          done: 'The survey is open again.',
          hint: 'The link takes answers again.',
        },
      ];
  }
}

/** The status change a survey can make next, with what it means; handles a stale version (412). */
export function SurveyStatusActions({ survey, onReload }: { survey: Survey; onReload: () => void }) {
  const mutation = useChangeSurveyStatus();
  const [done, setDone] = useState('');
  const moves = movesFrom(survey.status);

  let problem = null;
  if (hasStatus(mutation.error, 412)) {
    problem = (
      <StaleSummary
        thing="survey"
        onReload={() => {
          mutation.reset();
          onReload();
        }}
      />
    );
  } else if (mutation.error) {
    const explained = explainError(mutation.error);
    problem = (
      <ErrorSummary
        title={hasStatus(mutation.error, 409) ? 'This change isn’t allowed' : explained.title}
        description={explained.detail ? <p>{explained.detail}</p> : undefined}
        items={[]}
      />
    );
  }

  return (
    <div className="survey-status-actions">
      {done ? <Notice tone="success">{done}</Notice> : null}
      {problem}
      {moves.map((move) => (
        <div key={move.to} className="survey-status-actions__move">
          <Button
            variant={move.to === 'closed' ? 'secondary' : 'primary'}
            busy={mutation.isPending}
            aria-describedby={`move-${move.to}-hint`}
            onClick={() => {
              setDone('');
              mutation.mutate(
                { survey, status: move.to },
                {
                  onSuccess: () => {
                    setDone(move.done);
                  },
                },
              );
            }}
          >
            {mutation.isPending ? move.pending : move.label}
          </Button>
          <p className="field__hint" id={`move-${move.to}-hint`}>
            {move.hint}
          </p>
        </div>
      ))}
    </div>
  );
}
