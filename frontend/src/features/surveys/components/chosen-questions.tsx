import { useEffect, useState } from 'react';
import { Button } from '@/components/button';
import { SOURCE_LABELS, TYPE_LABELS } from '../lib/labels';
import { moveItem, type ChosenQuestion } from '../lib/survey-form';
import type { Question } from '../types';

export interface ChosenQuestionsProps {
  id: string;
  questions: readonly ChosenQuestion[];
  bank: readonly Question[];
  onChange: (questions: ChosenQuestion[]) => void;
  /** Once a survey has responses its questions cannot change. */
  locked?: boolean;
  error?: string | undefined;
}

function shortText(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The survey's questions in the order residents see them: mark each required or not, move it
 * up or down, or take it out. Focus stays on the moved question's button and the move is announced.
 */
export function ChosenQuestions({ id, questions, bank, onChange, locked = false, error }: ChosenQuestionsProps) {
  const byCode = new Map(bank.map((question) => [question.code, question]));
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<{ code: string; direction: 'up' | 'down' } | { list: number } | null>(null);

  useEffect(() => {
    if (!focus) return;
    if ('list' in focus) {
      document.getElementById(id)?.focus();
      return;
    }
    const wanted = document.getElementById(`${id}-${focus.direction}-${focus.code}`);
    const other = document.getElementById(`${id}-${focus.direction === 'up' ? 'down' : 'up'}-${focus.code}`);
    if (wanted instanceof HTMLButtonElement && !wanted.disabled) wanted.focus();
    else other?.focus();
  }, [focus, id]);

  const textOf = (code: string) => byCode.get(code)?.text ?? code;

  if (questions.length === 0) {
    return (
      <>
        <p className={error ? 'field__error' : 'muted'} id={id} tabIndex={-1}>
          {error ?? 'No questions chosen yet. Start from a template, or tick questions in the bank below.'}
        </p>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </>
    );
  }

  return (
    <div className={error ? 'chosen-questions field--error' : 'chosen-questions'}>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <ol className="chosen-questions__list" id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}>
        {questions.map((chosen, index) => {
          const question = byCode.get(chosen.code);
          const requiredId = `${id}-required-${chosen.code}`;
          return (
            <li key={chosen.code} className="chosen-question">
              <div className="chosen-question__text">
                <span className="chosen-question__number" aria-hidden="true">
                  {index + 1}
                </span>
                <div>
                  <p className="chosen-question__wording">{question?.text ?? chosen.code}</p>
                  {question ? (
                    <p className="chosen-question__meta">
                      {SOURCE_LABELS[question.source]} · {TYPE_LABELS[question.type]}
                    </p>
                  ) : null}
                </div>
              </div>
              <div className="chosen-question__controls">
                <div className="chosen-question__required">
                  <input
                    id={requiredId}
                    type="checkbox"
                    className="choice__input"
                    checked={chosen.required}
                    disabled={locked}
                    aria-label={`Required: ${shortText(textOf(chosen.code))}`}
                    onChange={(event) => {
                      onChange(questions.map((item) => (item.code === chosen.code ? { ...item, required: event.target.checked } : item)));
                    }}
                  />
                  <label htmlFor={requiredId}>Required</label>
                </div>
                {locked ? null : (
                  <div className="button-row chosen-question__buttons">
                    <Button
                      id={`${id}-up-${chosen.code}`}
                      variant="quiet"
                      className="button--small"
                      disabled={index === 0}
                      aria-label={`Move up: ${shortText(textOf(chosen.code))}`}
                      onClick={() => {
                        onChange(moveItem(questions, index, -1));
                        setFocus({ code: chosen.code, direction: 'up' });
                        setAnnouncement(`Moved to position ${String(index)} of ${String(questions.length)}.`);
                      }}
                    >
                      Up
                    </Button>
                    <Button
                      id={`${id}-down-${chosen.code}`}
                      variant="quiet"
                      className="button--small"
                      disabled={index === questions.length - 1}
                      aria-label={`Move down: ${shortText(textOf(chosen.code))}`}
                      onClick={() => {
                        onChange(moveItem(questions, index, 1));
                        setFocus({ code: chosen.code, direction: 'down' });
                        setAnnouncement(`Moved to position ${String(index + 2)} of ${String(questions.length)}.`);
                      }}
                    >
                      Down
                    </Button>
                    <Button
                      variant="quiet"
                      className="button--small"
                      aria-label={`Remove: ${shortText(textOf(chosen.code))}`}
                      onClick={() => {
                        onChange(questions.filter((item) => item.code !== chosen.code));
                        setAnnouncement(`Removed “${shortText(textOf(chosen.code))}”.`);
                        // Focus goes to the list, so it isn't lost with the removed row.
                        setFocus((current) => ({ list: current && 'list' in current ? current.list + 1 : 1 }));
                      }}
                    >
                      Remove
                    </Button>
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
