import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/error-summary';
import { explainError } from '@/components/explain-error';
import { FormField } from '@/components/form-field';
import { hasStatus } from '@/lib/problem';
import { isRateLimited } from '../api/submit-response';
import { useWithdrawResponse } from '../api/withdraw-response';
import { normaliseReceipt } from '../lib/receipt';
import { describeWait } from '../lib/retry-after';
import '../surveys.css';

/**
 * `/s/withdraw`: a resident types the receipt code they were given and their answers are erased
 * for good. No sign-in.
 */
export function WithdrawAnswers({ initialReceipt = '' }: { initialReceipt?: string }) {
  const [receipt, setReceipt] = useState(initialReceipt);
  const [missing, setMissing] = useState(false);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const mutation = useWithdrawResponse();
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (withdrawn) doneRef.current?.focus();
  }, [withdrawn]);

  if (withdrawn) {
    return (
      <div className="runner" lang="en">
        <title>Your answers have been withdrawn – Kickstart</title>
        <h1 className="runner__title" ref={doneRef} tabIndex={-1}>
          Your answers have been withdrawn
        </h1>
        <p>
          The answers with receipt code <strong className="code">{withdrawn}</strong> have been deleted for good. They will
          not be counted in any results from now on.
        </p>
      </div>
    );
  }

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const code = normaliseReceipt(receipt);
    if (code === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    mutation.mutate(code, {
      onSuccess: () => {
        setWithdrawn(code);
      },
    });
  };

  let summary = null;
  if (missing) {
    summary = <ErrorSummary title="There is a problem" items={[{ fieldId: 'receipt', message: 'Enter your receipt code' }]} />;
  } else if (hasStatus(mutation.error, 404)) {
    summary = (
      <ErrorSummary
        title="We can’t find answers with that code"
        description={
          <p>
            Check the code and try again. If you withdrew your answers before, they have already been deleted.
          </p>
        }
        items={[{ fieldId: 'receipt', message: 'Check your receipt code' }]}
      />
    );
  } else if (isRateLimited(mutation.error)) {
    const seconds = 'retryAfterSeconds' in mutation.error ? mutation.error.retryAfterSeconds : undefined;
    summary = (
      <ErrorSummary
        title="Please wait a moment"
        description={<p>There have been a lot of tries from your connection just now. Please wait {describeWait(seconds ?? 60)} and try again.</p>}
        items={[]}
      />
    );
  } else if (mutation.error) {
    const explained = explainError(mutation.error);
    summary = <ErrorSummary title={explained.title} description={explained.detail ? <p>{explained.detail}</p> : undefined} items={[]} />;
  }

  return (
    <div className="runner" lang="en">
      <title>Withdraw my answers – Kickstart</title>
      <h1 className="runner__title">Withdraw my answers</h1>
      <p>
        When you answered a survey you were given a receipt code, like <span className="code">K7QM-2XTR-9BHD</span>. Enter it
        here and your answers will be deleted for good.
      </p>
      <form className="form" onSubmit={submit} noValidate aria-busy={mutation.isPending}>
        {summary}
        <FormField
          id="receipt"
          label="Receipt code"
          hint="Capital or small letters both work; spaces don’t matter."
          error={missing ? 'Enter your receipt code' : hasStatus(mutation.error, 404) ? 'Check your receipt code' : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input input--medium receipt-input"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={40}
              value={receipt}
              onChange={(event) => {
                setReceipt(event.target.value);
                setMissing(false);
              }}
            />
          )}
        </FormField>
        <Button type="submit" variant="danger" busy={mutation.isPending}>
          {mutation.isPending ? 'Withdrawing…' : 'Withdraw and delete my answers'}
        </Button>
        <p className="visually-hidden" role="status">
          {mutation.isPending ? 'Withdrawing your answers…' : ''}
        </p>
      </form>
    </div>
  );
}
