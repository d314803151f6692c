/**
 * Where to go after signing in. Only same-origin paths are allowed, so a crafted sign-in state
 * cannot send someone to another site.
 */
export function safeReturnTo(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string') return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.startsWith('/auth/callback')) return fallback;
  return value;
}
