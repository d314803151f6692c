import { describe, expect, it } from 'vitest';
import { keyFor, newIdempotencyKey } from './idempotency';
import { describeWait, parseRetryAfter } from './retry-after';

describe('sending answers once', () => {
  it('keeps the key for a retry of the same answers and makes a new one for other answers', () => {
    let made = 0;
    const make = () => `key-${String((made += 1))}`;
    const first = keyFor(null, '{"a":1}', make);
    expect(first).toEqual({ key: 'key-1', body: '{"a":1}' });
    expect(keyFor(first, '{"a":1}', make)).toBe(first);
    expect(keyFor(first, '{"a":2}', make)).toEqual({ key: 'key-2', body: '{"a":2}' });
  });

  it('makes random version 4 UUIDs', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });
});

describe('Retry-After', () => {
  it('reads seconds or an HTTP date, and says how long in words', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:02:00 GMT', Date.parse('2026-11-25T10:00:00Z'))).toBe(120);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(describeWait(10)).toBe('a few seconds');
    expect(describeWait(60)).toBe('about a minute');
    expect(describeWait(120)).toBe('about 2 minutes');
    expect(describeWait(7200)).toBe('about 2 hours');
  });
});
