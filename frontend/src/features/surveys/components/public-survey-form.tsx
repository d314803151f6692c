import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/button';
import { explainError } from '@/components/explain-error';
import { Loading } from '@/components/spinner';
import { hasStatus, isNetworkError, isProblemError } from '@/lib/problem';
import { updateSearchParams } from '@/lib/use-search-param';
import { usePublicSurvey } from '../api/get-public-survey';
import { isRateLimited, useSubmitResponse } from '../api/submit-response';
import { keyFor, type Attempt } from '../lib/idempotency';
import { describeWait } from '../lib/retry-after';
import type { Answers, Receipt } from '../types';
import { SurveyRunner } from './survey-runner';
import { ThankYou } from './thank-you';

/** Sets the page's language while the survey is shown in it; puts the old one back afterwards. */
function usePageLanguage(language: string | undefined) {
  useEffect(() => {
    if (!language) return undefined;
    const root = document.documentElement;
    const before = root.lang;
    root.lang = language;
    return () => {
      root.lang = before;
    };
  }, [language]);
}

/** What the resident sees instead of the form when it cannot be answered. */
function Unavailable({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="runner runner--message" lang="en">
      <title>{`${title} – Kickstart`}</title>
      <h1 className="runner__title">{title}</h1>
      {children}
    </div>
  );
}

function SurveyClosed() {
  return (
    <Unavailable title="This survey has closed">
      <p>Thank you for wanting to take part. This survey is no longer taking answers.</p>
      <p>If you were given a paper copy, the people who run it may still accept that.</p>
    </Unavailable>
  );
}

function SurveyNotFound({ error }: { error?: unknown }) {
  const detail = isProblemError(error) ? error.detail : undefined;
  return (
    <Unavailable title="We can’t find this survey">
      {detail ? <p>{detail}</p> : null}
      <p>The link may be mistyped, or the survey may not be open yet.</p>
      <p>If you scanned a QR code or followed a link from a poster, check with the people who put it up.</p>
    </Unavailable>
  );
}

function retryAt(seconds: number): string {
  return new Date(Date.now() + seconds * 1000).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** Why sending failed, in words, and what to do — the answers are always still there. */
function SubmitProblem({ error }: { error: unknown }) {
  let title: string;
  let detail: ReactNode;
  if (isRateLimited(error)) {
    const seconds = 'retryAfterSeconds' in error ? error.retryAfterSeconds : undefined;
    title = 'Please wait a moment';
    detail =
      seconds === undefined ? (
        <p>Lots of answers have come from your connection just now. Please wait a minute, then press “Send my answers” again.</p>
      ) : (
        <p>
          Lots of answers have come from your connection just now. Please wait {describeWait(seconds)} (until about{' '}
          {retryAt(seconds)}), then press “Send my answers” again.
        </p>
      );
  } else if (hasStatus(error, 422)) {
    title = 'Please send your answers again';
    detail = <p>Something went wrong while sending. Press “Send my answers” again — they will only be counted once.</p>;
  } else if (isNetworkError(error)) {
    title = 'Your answers have not been sent yet';
    detail = (
      <p>
        We couldn’t reach Kickstart. Check that you are online, then press “Send my answers” again. Your answers are still
        here, and they will only be counted once.
      </p>
    );
  } else {
    const explained = explainError(error);
    title = isProblemError(error) && error.status < 500 ? 'Some answers need checking' : 'Your answers have not been sent yet';
    detail = <p>{explained.detail || 'Something went wrong on our side. Please try again in a moment.'}</p>;
  }
  return (
    <div className="error-summary" role="alert" lang="en">
      <p className="error-summary__title">{title}</p>
      <div className="error-summary__body">{detail}</div>
    </div>
  );
}

/** `answers.belonging` → `belonging`: the server's word on each answer, by question code. */
function answerErrors(error: unknown): Record<string, string> | undefined {
  if (!isProblemError(error) || error.status !== 400) return undefined;
  const byCode: Record<string, string> = {};
  for (const { field, message } of error.errors) {
    const match = /^answers\.(.+)$/.exec(field);
    if (match?.[1]) byCode[match[1]] ??= message;
  }
  return Object.keys(byCode).length > 0 ? byCode : undefined;
}

/**
 * The public form at `/s/:token`: loads the survey in the chosen language (`?lang=`), runs it one
 * question at a time and sends the answers once, with an `Idempotency-Key` kept for retries of
 * the same answers. Ends with the receipt code.
 */
export function PublicSurveyForm({ token }: { token: string }) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('lang') ?? undefined;
  const query = usePublicSurvey(token, requested);
  const mutation = useSubmitResponse();
  const attempt = useRef<Attempt | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const fieldErrors = useMemo(() => answerErrors(mutation.error), [mutation.error]);
  usePageLanguage(query.data?.language);

  if (query.isPending) return <Loading label="Loading the survey…" />;

  if (query.isError && !query.data) {
    if (hasStatus(query.error, 410)) return <SurveyClosed />;
    if (hasStatus(query.error, 404)) return <SurveyNotFound error={query.error} />;
    const explained = explainError(query.error);
    return (
      <Unavailable title={explained.title}>
        <p>{explained.detail}</p>
        <Button variant="secondary" busy={query.isRefetching} onClick={() => void query.refetch()}>
          Try again
        </Button>
      </Unavailable>
    );
  }

  const survey = query.data;
  if (receipt) return <ThankYou receipt={receipt} surveyTitle={survey.title} language={survey.language} />;
  if (hasStatus(mutation.error, 410)) return <SurveyClosed />;
  if (hasStatus(mutation.error, 404)) return <SurveyNotFound error={mutation.error} />;

  const send = (answers: Answers) => {
    const input = { language: survey.language, answers };
    const next = keyFor(attempt.current, JSON.stringify(input));
    attempt.current = next;
    mutation.mutate(
      { token, input, idempotencyKey: next.key },
      {
        onSuccess: (stored) => {
          attempt.current = null;
          setReceipt(stored);
        },
        onError: (error) => {
          // That key was used for other answers; the next press starts afresh.
          if (hasStatus(error, 422)) attempt.current = null;
        },
      },
    );
  };

  return (
    <>
      <title>{`${survey.title} – Kickstart`}</title>
      <SurveyRunner
        survey={survey}
        languageLoading={query.isFetching && query.isPlaceholderData}
        onLanguageChange={(language) => {
          updateSearchParams(setParams, { lang: language });
        }}
        submit={{
          pending: mutation.isPending,
          onSubmit: send,
          problem: mutation.isError && !fieldErrors ? <SubmitProblem error={mutation.error} /> : null,
          ...(fieldErrors ? { fieldErrors } : {}),
        }}
      />
    </>
  );
}
