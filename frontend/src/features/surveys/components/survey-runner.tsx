import { useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import { Button } from '@/components/button';
import { formatDay, pluralise } from '@/lib/format';
import { answerControlId, answerProblem, answersToSend, describeAnswer, firstProblem, isWritten, type AnswerMap } from '../lib/answers';
import { minutesToAnswer } from '../lib/estimate';
import type { Answer, Answers, PublicSurvey } from '../types';
import { LanguageSwitcher } from './language-switcher';
import { QuestionField } from './question-field';
import '../surveys.css';

export interface RunnerSubmit {
  pending: boolean;
  onSubmit: (answers: Answers) => void;
  /** Why the last attempt failed, shown above the send button. */
  problem?: ReactNode;
  /** The server's word on particular answers (`answers.<code>`), by question code. */
  fieldErrors?: Readonly<Record<string, string>>;
}

export interface SurveyRunnerProps {
  survey: PublicSurvey;
  onLanguageChange: (language: string) => void;
  /** True while the form loads in another language. */
  languageLoading?: boolean;
  /** Sending the answers; without it the runner is a preview and sends nothing. */
  submit?: RunnerSubmit;
  /** 1 on the public form (each step is a page); lower inside the builder's preview. */
  headingLevel?: 1 | 2 | 3 | 4;
  /** Prefix for ids, so a preview and a form never clash. */
  idPrefix?: string;
}

const INTRO = -1;

/**
 * A survey one question at a time: an introduction, each question on its own step with Back and
 * Next, then a check-your-answers step that sends them. Focus moves to each step's heading, and a
 * missing answer to a required question is announced and stops the step.
 */
export function SurveyRunner({
  survey,
  onLanguageChange,
  languageLoading = false,
  submit,
  headingLevel = 1,
  idPrefix = 'survey',
}: SurveyRunnerProps) {
  const questions = survey.questions;
  const count = questions.length;
  const [step, setStep] = useState(INTRO);
  const [answers, setAnswers] = useState<AnswerMap>({});
  const [stepError, setStepError] = useState<string | undefined>();
  const [fromReview, setFromReview] = useState(false);
  const [previewSent, setPreviewSent] = useState(false);
  const [moves, setMoves] = useState(0);
  const [errorFocus, setErrorFocus] = useState(0);
  // Server messages stay on an answer until it changes.
  const [changedSinceSent, setChangedSinceSent] = useState<ReadonlySet<string>>(new Set());
  const [seenFieldErrors, setSeenFieldErrors] = useState(submit?.fieldErrors);
  if (submit?.fieldErrors !== seenFieldErrors) {
    setSeenFieldErrors(submit?.fieldErrors);
    setChangedSinceSent(new Set());
  }

  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const Heading = `h${String(headingLevel)}` as 'h1' | 'h2' | 'h3' | 'h4';
  const current = Math.min(step, count);
  const question = current >= 0 && current < count ? questions[current] : undefined;

  // Each step starts at its heading, so screen readers read the new question first.
  useEffect(() => {
    if (moves > 0) headingRef.current?.focus();
  }, [moves]);

  // A problem with the answer: go to the first control, whose description holds the message.
  useEffect(() => {
    if (errorFocus > 0) rootRef.current?.querySelector<HTMLElement>(`#${CSS.escape(answerControlId(`${idPrefix}-q`))}`)?.focus();
  }, [errorFocus, idPrefix]);

  const goTo = (next: number) => {
    setStep(next);
    setStepError(undefined);
    setMoves((value) => value + 1);
  };

  const serverError = (code: string) => (changedSinceSent.has(code) ? undefined : submit?.fieldErrors?.[code]);

  const setAnswer = (code: string, value: Answer | undefined) => {
    setAnswers((existing) =>
      value === undefined ? Object.fromEntries(Object.entries(existing).filter(([key]) => key !== code)) : { ...existing, [code]: value },
    );
    setStepError(undefined);
    setPreviewSent(false);
    if (submit?.fieldErrors?.[code] !== undefined) setChangedSinceSent((set) => new Set(set).add(code));
  };

  const next = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!question) return;
    const problem = answerProblem(question, answers[question.code]) ?? serverError(question.code);
    if (problem) {
      setStepError(problem);
      setErrorFocus((value) => value + 1);
      return;
    }
    if (fromReview) {
      setFromReview(false);
      goTo(count);
    } else {
      goTo(current + 1);
    }
  };

  const send = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = firstProblem(questions, answers);
    const unanswered = questions[missing];
    if (unanswered) {
      setFromReview(true);
      goTo(missing);
      setStepError(answerProblem(unanswered, answers[unanswered.code]));
      return;
    }
    if (!submit) {
      setPreviewSent(true);
      return;
    }
    if (submit.pending) return;
    submit.onSubmit(answersToSend(questions, answers));
  };

  let body: ReactNode;
  if (current === INTRO || count === 0) {
    const written = questions.filter((item) => isWritten(item)).length;
    body = (
      <div className="runner__intro">
        <p className="eyebrow runner__place">
          {survey.placeName}
          {survey.about ? ` · ${survey.about}` : ''}
        </p>
        <Heading className="runner__title" ref={headingRef} tabIndex={-1} lang={survey.language}>
          {survey.title}
        </Heading>
        {survey.intro ? (
          <p className="runner__lead" lang={survey.language}>
            {survey.intro}
          </p>
        ) : null}
        <ul className="runner__facts" lang="en">
          <li>
            {pluralise(count, 'question')}, about {pluralise(minutesToAnswer(questions.map((item) => item.type)), 'minute')}
            {written > 0 ? ' (some ask you to write a few words)' : ''}
          </li>
          {survey.closesOn ? <li>Open until {formatDay(survey.closesOn)}</li> : null}
          <li>Anonymous: we don’t ask for your name, and we don’t keep your device’s address.</li>
          <li>At the end you get a code you can use to withdraw your answers later.</li>
        </ul>
        {count === 0 ? (
          <p className="muted" lang="en">
            This survey has no questions yet.
          </p>
        ) : (
          <div className="runner__nav" lang="en">
            <Button
              onClick={() => {
                goTo(0);
              }}
            >
              Start
            </Button>
          </div>
        )}
      </div>
    );
  } else if (question) {
    body = (
      <form className="runner__step" onSubmit={next} noValidate>
        <p className="runner__progress" lang="en">
          Question {current + 1} of {count}
        </p>
        <div className="runner__bar" aria-hidden="true">
          <span className="runner__bar-fill" style={{ width: `${String(((current + 1) / count) * 100)}%` }} />
        </div>
        <QuestionField
          key={question.code}
          question={question}
          value={answers[question.code]}
          onChange={(value) => {
            setAnswer(question.code, value);
          }}
          error={stepError ?? serverError(question.code)}
          language={survey.language}
          idPrefix={`${idPrefix}-q`}
          headingLevel={headingLevel}
          headingRef={headingRef}
        />
        <div className="runner__nav" lang="en">
          <Button type="submit">{fromReview ? 'Save and check your answers' : current === count - 1 ? 'Next: check your answers' : 'Next'}</Button>
          <Button
            variant="secondary"
            onClick={() => {
              setFromReview(false);
              goTo(current - 1);
            }}
          >
            Back
          </Button>
        </div>
      </form>
    );
  } else {
    const flagged = questions.flatMap((item, index) => {
      const message = serverError(item.code);
      return message ? [{ index, code: item.code, message }] : [];
    });
    body = (
      <form className="runner__step" onSubmit={send} noValidate aria-busy={submit?.pending}>
        <Heading className="runner__title" ref={headingRef} tabIndex={-1} lang="en">
          Check your answers
        </Heading>
        <p lang="en">You can change any answer before you send them.</p>
        {flagged.length > 0 ? (
          <div className="error-summary" role="alert" lang="en">
            <p className="error-summary__title">Please check {flagged.length === 1 ? 'this answer' : 'these answers'}</p>
            <ul className="error-summary__list">
              {flagged.map(({ index, code, message }) => (
                <li key={code}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setFromReview(true);
                      goTo(index);
                    }}
                  >
                    Question {index + 1}: {message}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <dl className="review">
          {questions.map((item, index) => {
            const shown = describeAnswer(item, answers[item.code]);
            return (
              <div key={item.code} className="review__row">
                <dt className="review__question" lang={survey.language}>
                  {item.text}
                </dt>
                <dd className="review__answer" lang={shown ? survey.language : 'en'}>
                  {shown ?? <span className="muted">Not answered</span>}
                </dd>
                <dd className="review__change" lang="en">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setFromReview(true);
                      goTo(index);
                    }}
                  >
                    Change <span className="visually-hidden">your answer to question {index + 1}</span>
                  </button>
                </dd>
              </div>
            );
          })}
        </dl>
        {submit?.problem}
        {previewSent ? (
          <p className="notice notice--info" role="status" lang="en">
            This is a preview, so nothing was sent.
          </p>
        ) : null}
        <div className="runner__nav" lang="en">
          <Button type="submit" busy={submit?.pending ?? false}>
            {submit?.pending ? 'Sending your answers…' : 'Send my answers'}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setFromReview(false);
              goTo(count - 1);
            }}
          >
            Back
          </Button>
        </div>
        <p className="visually-hidden" role="status" lang="en">
          {submit?.pending ? 'Sending your answers…' : ''}
        </p>
      </form>
    );
  }

  return (
    <div className="runner" ref={rootRef} lang={survey.language}>
      <LanguageSwitcher languages={survey.languages} current={survey.language} onChange={onLanguageChange} busy={languageLoading} />
      {body}
    </div>
  );
}
