import { isNetworkError, isProblemError } from '@/lib/problem';

export interface Explained {
  title: string;
  detail: string;
}

/** Plain-English words for an error, whatever its kind. */
export function explainError(error: unknown): Explained {
  if (isNetworkError(error)) {
    return {
      title: 'We can’t reach Kickstart right now',
      detail: 'The service may be restarting or your connection may have dropped. Please try again in a moment.',
    };
  }
  if (isProblemError(error)) {
    if (error.status >= 500) {
      return {
        title: error.title,
        detail: error.detail ?? 'Something went wrong on our side. Please try again in a moment.',
      };
    }
    if (error.status === 401) {
      return { title: error.title, detail: error.detail ?? 'Please sign in and try again.' };
    }
    if (error.status === 403) {
      return { title: error.title, detail: error.detail ?? 'Your account does not have permission to do this.' };
    }
    return { title: error.title, detail: error.detail ?? '' };
  }
  return {
    title: 'Something went wrong',
    detail: 'An unexpected error stopped this page from loading. Please try again.',
  };
}
