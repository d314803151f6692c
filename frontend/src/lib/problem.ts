import type { components } from '@/lib/api/schema';

/** RFC 9457 problem details, as the contract defines them. */
export type Problem = components['schemas']['Problem'];
export type FieldError = components['schemas']['FieldError'];

/**
 * An error answered by the API as `application/problem+json` (or turned into that shape when the
 * server sent something else). Thrown by every fetcher so the UI has one error type to show.
 */
export class ProblemError extends Error {
  override name = 'ProblemError';
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly errors: readonly FieldError[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
  }

  /** Field errors keyed by field path; the first message wins when a field has several. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.errors) {
      byField[field] ??= message;
    }
    return byField;
  }
}

/** The API could not be reached at all (server down, offline, CORS refused). */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(options?: { cause?: unknown }) {
    super('The Kickstart service could not be reached.', options);
  }
}

const FALLBACK_TITLES: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Sign-in required',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  412: 'The resource has changed',
  428: 'If-Match required',
  500: 'Something went wrong on our side',
  502: 'The service is not responding',
  503: 'The service is unavailable',
  504: 'The service took too long to answer',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!isRecord(item)) return [];
    const { field, message } = item;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

/**
 * Turns whatever an error response carried into a {@link ProblemError}. Accepts a parsed JSON
 * body, a raw text body or nothing; the HTTP status is the fallback for every missing member.
 */
export function parseProblem(body: unknown, httpStatus: number): ProblemError {
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
  }
  const record = isRecord(parsed) ? parsed : {};
  const status =
    typeof record.status === 'number' && Number.isInteger(record.status) && record.status >= 400 && record.status <= 599
      ? record.status
      : httpStatus;
  const title =
    typeof record.title === 'string' && record.title.trim() !== ''
      ? record.title
      : (FALLBACK_TITLES[status] ?? (status >= 500 ? 'Something went wrong on our side' : 'The request failed'));
  const problem: Problem = {
    type: typeof record.type === 'string' && record.type !== '' ? record.type : 'about:blank',
    title,
    status,
    errors: parseFieldErrors(record.errors),
  };
  if (typeof record.detail === 'string' && record.detail !== '') problem.detail = record.detail;
  if (typeof record.instance === 'string' && record.instance !== '') problem.instance = record.instance;
  return new ProblemError(problem);
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError;
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError;
}

/** True for a problem with this HTTP status. */
export function hasStatus(error: unknown, status: number): boolean {
  return isProblemError(error) && error.status === status;
}

/**
 * A problem's field errors split into those a form shows next to its own fields (first message
 * per field) and the rest, written out for the form's error summary.
 */
export function splitFieldErrors<K extends string>(
  error: unknown,
  fieldOf: (path: string) => K | undefined,
): { byField: Partial<Record<K, string>>; other: string[] } {
  const byField: Partial<Record<K, string>> = {};
  const other: string[] = [];
  if (!isProblemError(error)) return { byField, other };
  for (const { field, message } of error.errors) {
    const key = fieldOf(field);
    if (key !== undefined) byField[key] ??= message;
    else other.push(field ? `${field}: ${message}` : message);
  }
  return { byField, other };
}
