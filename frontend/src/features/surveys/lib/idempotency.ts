/**
 * A fresh `Idempotency-Key` (a random UUID). `crypto.randomUUID` needs a secure context, so on a
 * plain-http address the same kind of key is made from `crypto.getRandomValues`.
 */
export function newIdempotencyKey(): string {
  // Not there at all outside a secure context.
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // Fall through to the manual version below.
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface Attempt {
  key: string;
  body: string;
}

/**
 * The key for sending `body`: the last attempt's key when the body is the same (a retry, so the
 * server stores it once), a new one when the answers changed.
 */
export function keyFor(previous: Attempt | null, body: string, make: () => string = newIdempotencyKey): Attempt {
  return previous?.body === body ? previous : { key: make(), body };
}
