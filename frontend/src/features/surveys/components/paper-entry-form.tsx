import { useEffect, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { ErrorPanel } from '@/components/error-panel';
import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { FormActions } from '@/components/form-actions';
import { FormField } from '@/components/form-field';
import { Notice } from '@/components/notice';
import { ProblemSummary } from '@/components/problem-summary';
import { Loading } from '@/components/spinner';
import { pluralise } from '@/lib/format';
import { isProblemError } from '@/lib/problem';
import { useEnterResponse } from '../api/enter-response';
import { useQuestions } from '../api/list-questions';
import { MODES, MODE_LABELS, languageName } from '../lib/labels';
import { localToday, optionKey, parseEntry, readEntries } from '../lib/paper-entry';
import type { EnteredResponseInput, Question, ResponseMode, Survey } from '../types';
import '../surveys.css';

const NEIGHBOURHOOD = /^E01[0-9]{6}$/;

function entryId(code: string): string {
  return `entry-${code}`;
}

/** `answers.belonging` → `belonging`; the batch fields keep their own names. */
function serverErrors(error: unknown): { byCode: Record<string, string>; other: string[] } {
  const byCode: Record<string, string> = {};
  const other: string[] = [];
  if (!isProblemError(error)) return { byCode, other };
  for (const { field, message } of error.errors) {
    const answer = /^answers\.(.+)$/.exec(field);
    if (answer?.[1]) byCode[answer[1]] ??= message;
    else if (['submittedOn', 'neighbourhoodCode', 'language', 'mode'].includes(field)) byCode[`batch.${field}`] ??= message;
    else other.push(`${field}: ${message}`);
  }
  return { byCode, other };
}

export interface PaperEntryFormProps {
  survey: Survey;
}

/** Loads the survey's questions from the bank, then shows the entry form. */
export function PaperEntryForm({ survey }: PaperEntryFormProps) {
  const bank = useQuestions();
  if (bank.isPending) return <Loading label="Loading the questions…" />;
  if (bank.isError) return <ErrorPanel error={bank.error} headingLevel={2} onRetry={() => void bank.refetch()} retrying={bank.isRefetching} />;
  return <PaperEntry survey={survey} bank={bank.data} />;
}

/**
 * Typing in paper forms quickly: one compact row a question, the option's number (or code) typed
 * in, what it was read as shown beside it, Enter to save and start the next form, and a running
 * count. The date, mode and language stay from one form to the next.
 */
function PaperEntry({ survey, bank }: { survey: Survey; bank: Question[] }) {
  const questions = useMemo(() => {
    const byCode = new Map(bank.map((question) => [question.code, question]));
    return survey.questions.flatMap((entry) => {
      const question = byCode.get(entry.code);
      return question ? [{ question, required: entry.required }] : [];
    });
  }, [survey.questions, bank]);

  const [mode, setMode] = useState<ResponseMode>('paper');
  const [submittedOn, setSubmittedOn] = useState(localToday);
  const [language, setLanguage] = useState('en');
  const [neighbourhood, setNeighbourhood] = useState('');
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState<Record<string, string> | null>(null);
  const [saved, setSaved] = useState(0);
  const [focusFirst, setFocusFirst] = useState(0);
  const firstRef = useRef<HTMLInputElement>(null);
  const mutation = useEnterResponse();

  useEffect(() => {
    if (focusFirst > 0) firstRef.current?.focus();
  }, [focusFirst]);

  const server = serverErrors(mutation.error);
  const errors: Record<string, string> = checked ?? server.byCode;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const read = readEntries(questions, typed);
    const found = { ...read.errors };
    const code = neighbourhood.trim().toUpperCase();
    if (code !== '' && !NEIGHBOURHOOD.test(code)) found['batch.neighbourhoodCode'] = 'Type an LSOA code such as E01010577, or leave it empty';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(submittedOn)) found['batch.submittedOn'] = 'Enter the date the form was filled in';
    if (Object.keys(found).length > 0) {
      setChecked(found);
      return;
    }
    setChecked(null);
    const input: EnteredResponseInput = { mode, language, submittedOn, answers: read.answers };
    if (code !== '') input.neighbourhoodCode = code;
    mutation.mutate(
      { surveyId: survey.id, input },
      {
        onSuccess: () => {
          setSaved((count) => count + 1);
          setTyped({});
          setFocusFirst((count) => count + 1);
        },
      },
    );
  };

  const batchLabels: Record<string, string> = { 'batch.submittedOn': 'Filled in on', 'batch.neighbourhoodCode': 'Neighbourhood', 'batch.language': 'Language', 'batch.mode': 'How it was answered' };
  const items: SummaryItem[] = [
    ...Object.keys(batchLabels).flatMap((key) => {
      const message = errors[key];
      return message ? [{ fieldId: `batch-${key.slice('batch.'.length)}`, message: `${batchLabels[key] ?? key}: ${message}` }] : [];
    }),
    ...questions.flatMap(({ question }, index) => {
      const message = errors[question.code];
      return message ? [{ fieldId: entryId(question.code), message: `Question ${String(index + 1)}: ${message}` }] : [];
    }),
  ];

  let summary = null;
  if (checked && items.length > 0) summary = <ErrorSummary title="This form can’t be saved yet" items={items} />;
  else if (mutation.error) summary = <ProblemSummary error={mutation.error} items={[...items, ...server.other.map((message) => ({ message }))]} />;

  return (
    <form className="paper-entry" onSubmit={submit} noValidate aria-busy={mutation.isPending}>
      {summary}
      {saved > 0 && !mutation.error && !checked ? (
        <Notice tone="success">
          Saved. {pluralise(saved, 'form')} entered so far — the boxes are clear for the next one.
        </Notice>
      ) : null}

      <fieldset className="paper-entry__batch">
        <legend className="form-section__title">These forms</legend>
        <p className="field__hint">Kept from one form to the next.</p>
        <div className="paper-entry__batch-fields">
          <FormField id="batch-mode" label="How it was answered">
            {(control) => (
              <select
                {...control}
                className="input select"
                value={mode}
                onChange={(event) => {
                  setMode(event.target.value === 'interview' ? 'interview' : 'paper');
                }}
              >
                {MODES.map((item) => (
                  <option key={item} value={item}>
                    {MODE_LABELS[item]}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id="batch-submittedOn" label="Filled in on" error={errors['batch.submittedOn']}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                max={localToday()}
                value={submittedOn}
                onChange={(event) => {
                  setSubmittedOn(event.target.value);
                }}
              />
            )}
          </FormField>
          {survey.languages.length > 1 ? (
            <FormField id="batch-language" label="Language of the form" error={errors['batch.language']}>
              {(control) => (
                <select
                  {...control}
                  className="input select"
                  value={language}
                  onChange={(event) => {
                    setLanguage(event.target.value);
                  }}
                >
                  {survey.languages.map((item) => (
                    <option key={item} value={item}>
                      {languageName(item)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ) : null}
          <FormField
            id="batch-neighbourhoodCode"
            label="Neighbourhood"
            hint="LSOA code, if you know where the person lives."
            error={errors['batch.neighbourhoodCode']}
            optional
          >
            {(control) => (
              <input
                {...control}
                className="input code"
                type="text"
                autoComplete="off"
                spellCheck={false}
                maxLength={9}
                value={neighbourhood}
                onChange={(event) => {
                  setNeighbourhood(event.target.value);
                }}
              />
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="paper-entry__answers">
        <legend className="form-section__title">Answers on this form</legend>
        <p className="field__hint">
          Type the number of the ticked answer as printed (1 for the first), or its code. Leave a box empty if it was not
          answered. Press Enter to save the form and start the next one.
        </p>
        <ol className="entry-rows">
          {questions.map(({ question, required }, index) => {
            const id = entryId(question.code);
            const raw = typed[question.code] ?? '';
            const parsed = raw.trim() === '' ? {} : parseEntry(question, raw, required);
            const error = errors[question.code];
            const written = question.type === 'free_text';
            return (
              <li key={question.code} className={error ? 'entry-row entry-row--error' : 'entry-row'}>
                <label className="entry-row__label" htmlFor={id}>
                  <span className="entry-row__number">{index + 1}.</span> {question.text}
                  {required ? <span className="entry-row__required"> (required)</span> : null}
                </label>
                <p className="entry-row__key" id={`${id}-key`}>
                  {optionKey(question)}
                </p>
                <div className="entry-row__control">
                  <input
                    id={id}
                    ref={index === 0 ? firstRef : undefined}
                    className={written ? 'input entry-row__input entry-row__input--wide' : 'input entry-row__input'}
                    type="text"
                    autoComplete="off"
                    spellCheck={written}
                    inputMode={question.type === 'scale_1_7' ? 'numeric' : undefined}
                    value={raw}
                    aria-describedby={[`${id}-key`, error ? `${id}-error` : `${id}-meaning`].join(' ')}
                    aria-invalid={error ? true : undefined}
                    onChange={(event) => {
                      const value = event.target.value;
                      setTyped((current) => ({ ...current, [question.code]: value }));
                      if (checked?.[question.code]) {
                        setChecked((current) => {
                          if (!current) return current;
                          return Object.fromEntries(Object.entries(current).filter(([key]) => key !== question.code));
                        });
                      }
                    }}
                  />
                  {error ? (
                    <span className="field__error entry-row__message" id={`${id}-error`}>
                      <span className="visually-hidden">Error: </span>
                      {error}
                    </span>
                  ) : (
                    <span className="entry-row__meaning" id={`${id}-meaning`}>
                      {parsed.error ? <span className="entry-row__doubt">{parsed.error}</span> : (parsed.meaning ?? '')}
                    </span>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </fieldset>

      <FormActions pending={mutation.isPending} submitLabel="Save and start the next form" pendingLabel="Saving…">
        <span className="paper-entry__count" aria-hidden="true">
          {pluralise(saved, 'form')} entered this time
        </span>
      </FormActions>
    </form>
  );
}
