import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import { hasStatus, isProblemError, ProblemError } from '@/lib/problem';
import { parseRetryAfter } from '../lib/retry-after';
import type { PublicResponseInput, Receipt } from '../types';
import { surveyKeys } from './query-keys';

/** A 429: too many answers from this address for now. */
export class RateLimitedError extends ProblemError {
  override name = 'RateLimitedError';
  /** From `Retry-After`, when the answer carried one the page can read. */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: ProblemError, retryAfterSeconds: number | undefined) {
    super({
      type: problem.type,
      title: problem.title,
      status: problem.status,
      ...(problem.detail === undefined ? {} : { detail: problem.detail }),
      errors: [...problem.errors],
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isRateLimited(error: unknown): error is RateLimitedError {
  return error instanceof RateLimitedError || (isProblemError(error) && error.status === 429);
}

export interface SubmitResponseVariables {
  token: string;
  input: PublicResponseInput;
  /** The same key for every retry of the same answers, so a retry never stores them twice. */
  idempotencyKey: string;
}

/**
 * `POST /api/v1/public/surveys/{token}/responses` — a resident's answers. No sign-in. Answers
 * with a receipt code for withdrawing them later. A retry with the same `Idempotency-Key` and
 * body returns the first receipt again; the same key with other answers → 422. Rate-limited per
 * address: 429 with `Retry-After`.
 */
export async function submitResponse({ token, input, idempotencyKey }: SubmitResponseVariables): Promise<Receipt> {
  const pending = api().POST('/api/v1/public/surveys/{token}/responses', {
    params: { path: { token }, header: { 'Idempotency-Key': idempotencyKey } },
    body: input,
  });
  try {
    return await sendForData(pending);
  } catch (error) {
    if (isProblemError(error) && hasStatus(error, 429)) {
      const { response } = await pending;
      throw new RateLimitedError(error, parseRetryAfter(response.headers.get('Retry-After')));
    }
    throw error;
  }
}

export function submitResponseMutationOptions() {
  return mutationOptions({
    mutationKey: [...surveyKeys.all, 'submit'],
    mutationFn: submitResponse,
  });
}

export function useSubmitResponse() {
  return useMutation(submitResponseMutationOptions());
}
