import type { Ref } from 'react';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { answerControlId, isAnswered, isWritten, maxLengthOf } from '../lib/answers';
import type { Answer, PublicQuestion } from '../types';

export interface QuestionFieldProps {
  question: PublicQuestion;
  value: Answer | undefined;
  onChange: (value: Answer | undefined) => void;
  /** Shown with the question and announced, e.g. “Please choose an answer to go on.” */
  error?: string | undefined;
  /** The language the question is written in (its `lang`). */
  language: string;
  /** Prefix for the ids of the controls; the first control is `${idPrefix}-answer`. */
  idPrefix: string;
  /** 1 on the public form, where each question is a page of its own; lower inside a preview. */
  headingLevel: 1 | 2 | 3 | 4;
  /** The question's heading, so the form can move focus to it on each step. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * One question as a resident answers it: choices as a real radio group with the question as its
 * legend, the 1–7 scale as seven radios with the end labels, and written answers as a text box
 * with a character count.
 */
export function QuestionField(props: QuestionFieldProps) {
  if (isWritten(props.question)) return <WrittenAnswer {...props} />;
  if (props.question.type === 'scale_1_7') return <ScaleAnswer {...props} />;
  return <ChoiceAnswer {...props} />;
}

function OptionalHint({ id, show }: { id: string; show: boolean }) {
  if (!show) return null;
  return (
    <p className="question__hint" id={id} lang="en">
      Optional — you can skip this question.
    </p>
  );
}

function ErrorMessage({ id, error }: { id: string; error: string | undefined }) {
  // Always in the page, so screen readers announce the message when it appears.
  return (
    <div id={id} role="alert" className={error ? 'field__error question__error' : undefined} lang="en">
      {error ? (
        <>
          <span className="visually-hidden">Error: </span>
          {error}
        </>
      ) : null}
    </div>
  );
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function ClearAnswer({ question, value, onChange }: Pick<QuestionFieldProps, 'question' | 'value' | 'onChange'>) {
  if (question.required || !isAnswered(value)) return null;
  return (
    <button
      type="button"
      className="button button--quiet button--small question__clear"
      lang="en"
      onClick={() => {
        onChange(undefined);
      }}
    >
      Clear my answer
    </button>
  );
}

function ChoiceAnswer({ question, value, onChange, error, language, idPrefix, headingLevel, headingRef }: QuestionFieldProps) {
  const Heading = `h${String(headingLevel)}` as 'h1' | 'h2' | 'h3' | 'h4';
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset
      className={error ? 'question question--error' : 'question'}
      aria-describedby={describedBy(!question.required && hintId, error && errorId)}
    >
      <legend className="question__legend">
        <Heading className="question__title" ref={headingRef} tabIndex={-1} lang={language}>
          {question.text}
        </Heading>
      </legend>
      <OptionalHint id={hintId} show={!question.required} />
      <ErrorMessage id={errorId} error={error} />
      <div className="answer-choices">
        {question.options.map((option, index) => {
          const id = index === 0 ? answerControlId(idPrefix) : `${idPrefix}-${option.code}`;
          return (
            <label key={option.code} className="answer-choice" htmlFor={id}>
              <input
                id={id}
                className="answer-choice__input"
                type="radio"
                name={`${idPrefix}-${question.code}`}
                value={option.code}
                checked={value === option.code}
                onChange={() => {
                  onChange(option.code);
                }}
              />
              <span className="answer-choice__label" lang={language}>
                {option.label}
              </span>
            </label>
          );
        })}
      </div>
      <ClearAnswer question={question} value={value} onChange={onChange} />
    </fieldset>
  );
}

const SCALE = [1, 2, 3, 4, 5, 6, 7] as const;

function ScaleAnswer({ question, value, onChange, error, language, idPrefix, headingLevel, headingRef }: QuestionFieldProps) {
  const Heading = `h${String(headingLevel)}` as 'h1' | 'h2' | 'h3' | 'h4';
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const endsId = `${idPrefix}-ends`;
  const ends = question.minLabel && question.maxLabel;
  return (
    <fieldset
      className={error ? 'question question--error' : 'question'}
      aria-describedby={describedBy(Boolean(ends) && endsId, !question.required && hintId, error && errorId)}
    >
      <legend className="question__legend">
        <Heading className="question__title" ref={headingRef} tabIndex={-1} lang={language}>
          {question.text}
        </Heading>
      </legend>
      {ends ? (
        <p className="question__hint" id={endsId} lang={language}>
          1 = {question.minLabel}, 7 = {question.maxLabel}
        </p>
      ) : null}
      <OptionalHint id={hintId} show={!question.required} />
      <ErrorMessage id={errorId} error={error} />
      <div className="answer-scale">
        {SCALE.map((number) => {
          const id = number === 1 ? answerControlId(idPrefix) : `${idPrefix}-${String(number)}`;
          const end = number === 1 ? question.minLabel : number === 7 ? question.maxLabel : undefined;
          return (
            <label key={number} className="answer-scale__point" htmlFor={id}>
              <input
                id={id}
                className="answer-scale__input"
                type="radio"
                name={`${idPrefix}-${question.code}`}
                value={number}
                checked={value === number}
                onChange={() => {
                  onChange(number);
                }}
              />
              <span className="answer-scale__number">{number}</span>
              {end ? ' ' : null}
              {end ? (
                <span className="visually-hidden" lang={language}>
                  – {end}
                </span>
              ) : null}
            </label>
          );
        })}
      </div>
      {ends ? (
        <div className="answer-scale__ends" aria-hidden="true" lang={language}>
          <span>{question.minLabel}</span>
          <span>{question.maxLabel}</span>
        </div>
      ) : null}
      <ClearAnswer question={question} value={value} onChange={onChange} />
    </fieldset>
  );
}

function WrittenAnswer({ question, value, onChange, error, language, idPrefix, headingLevel, headingRef }: QuestionFieldProps) {
  const Heading = `h${String(headingLevel)}` as 'h1' | 'h2' | 'h3' | 'h4';
  const id = answerControlId(idPrefix);
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  const countId = `${idPrefix}-count`;
  const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  const limit = maxLengthOf(question);
  const long = question.type === 'free_text' && limit > 100;
  const remaining = limit - text.length;
  // Announce the count once typing pauses, not on every key.
  const settled = useDebouncedValue(remaining, 1000);
  const describedByIds = describedBy(!question.required && hintId, long && `${countId}-visible`, error && errorId);

  return (
    <div className={error ? 'question question--error' : 'question'}>
      <Heading className="question__title" ref={headingRef} tabIndex={-1}>
        <label htmlFor={id} lang={language}>
          {question.text}
        </label>
      </Heading>
      <OptionalHint id={hintId} show={!question.required} />
      <ErrorMessage id={errorId} error={error} />
      {long ? (
        <>
          <textarea
            id={id}
            className="input textarea answer-text"
            rows={6}
            maxLength={limit}
            value={text}
            lang={language}
            aria-describedby={describedByIds}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              onChange(event.target.value === '' ? undefined : event.target.value);
            }}
          />
          <p className="question__count" id={`${countId}-visible`} lang="en">
            {remaining >= 0
              ? `You have ${remaining.toLocaleString('en-GB')} of ${limit.toLocaleString('en-GB')} characters left`
              : `You have ${(-remaining).toLocaleString('en-GB')} characters too many`}
          </p>
          <p className="visually-hidden" aria-live="polite" lang="en">
            {settled === limit ? '' : `${settled.toLocaleString('en-GB')} characters left`}
          </p>
        </>
      ) : (
        <input
          id={id}
          className="input input--short answer-text"
          type="text"
          maxLength={limit}
          value={text}
          lang={language}
          autoComplete="off"
          autoCapitalize={question.pattern ? 'characters' : undefined}
          spellCheck={false}
          aria-describedby={describedByIds}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            onChange(event.target.value === '' ? undefined : event.target.value);
          }}
        />
      )}
    </div>
  );
}
