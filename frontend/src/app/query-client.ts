import { QueryClient } from '@tanstack/react-query';
import { isNetworkError, isProblemError } from '@/lib/problem';

/** Retry once when the API is unreachable or failing; never for a 4xx answer, which won't change. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  if (isNetworkError(error)) return true;
  return isProblemError(error) && error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}
