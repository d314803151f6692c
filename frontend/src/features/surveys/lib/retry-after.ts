/**
 * Seconds to wait from a `Retry-After` header: a number of seconds or an HTTP date. Undefined
 * when the header is missing or unreadable (a cross-origin response shows it only when the API
 * exposes it).
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const when = Date.parse(trimmed);
  if (Number.isNaN(when)) return undefined;
  return Math.max(0, Math.ceil((when - now) / 1000));
}

/** "a few seconds", "about a minute", "about 3 minutes", "about 2 hours". */
export function describeWait(seconds: number): string {
  if (seconds < 45) return 'a few seconds';
  const minutes = Math.round(seconds / 60);
  if (minutes <= 1) return 'about a minute';
  if (minutes < 60) return `about ${String(minutes)} minutes`;
  const hours = Math.round(minutes / 60);
  return hours <= 1 ? 'about an hour' : `about ${String(hours)} hours`;
}
