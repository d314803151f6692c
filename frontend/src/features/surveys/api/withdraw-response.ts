import { mutationOptions, useMutation } from '@tanstack/react-query';
import { api, send } from '@/lib/api/client';
import { hasStatus, isProblemError } from '@/lib/problem';
import { parseRetryAfter } from '../lib/retry-after';
import { surveyKeys } from './query-keys';
import { RateLimitedError } from './submit-response';

/**
 * `DELETE /api/v1/public/responses/{receipt}` — erases a resident's answers for good, with the
 * receipt code they were given. No sign-in. An unknown code → 404; rate-limited like answering.
 */
export async function withdrawResponse(receipt: string): Promise<void> {
  const pending = api().DELETE('/api/v1/public/responses/{receipt}', { params: { path: { receipt } } });
  try {
    await send(pending);
  } catch (error) {
    if (isProblemError(error) && hasStatus(error, 429)) {
      const { response } = await pending;
      throw new RateLimitedError(error, parseRetryAfter(response.headers.get('Retry-After')));
    }
    throw error;
  }
}

export function withdrawResponseMutationOptions() {
  return mutationOptions({
    mutationKey: [...surveyKeys.all, 'withdraw'],
    mutationFn: withdrawResponse,
  });
}

export function useWithdrawResponse() {
  return useMutation(withdrawResponseMutationOptions());
}
