import { describe, expect, it } from 'vitest';
import { eventFixture } from '@/test/events';
import type { Event } from '../types';
import { eventToInput, withDateCancelled, withDateRestored } from './changes';

const event = (overrides: Record<string, unknown> = {}) => eventFixture(overrides) as unknown as Event;

describe('changing one date of an event', () => {
  it('sends the event back as it is, in local wall-clock time', () => {
    expect(eventToInput(event())).toEqual({
      placeId: '0b6f7a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
      spaceId: '5f0e7c2a-1b3d-4c5e-9f8a-000000000001',
      hostPartnerIds: ['9d0c1b2a-3e4f-4a5b-8c6d-000000000001'],
      title: 'Tuesday coffee morning',
      description: 'Tea, coffee and a chat.',
      category: 'social',
      audiences: ['all_ages', 'older_people'],
      cost: 'free',
      status: 'scheduled',
      start: '2026-12-01T10:00',
      end: '2026-12-01T12:00',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330',
    });
  });

  it('cancels a date with a note, replacing an earlier change of it, in date order', () => {
    const moved = { date: '2026-12-15', cancelled: false, start: '2026-12-16T10:00:00Z', end: '2026-12-16T12:00:00Z' };
    const input = withDateCancelled(event({ exceptions: [{ date: '2026-12-22', cancelled: true }, moved] }), '2026-12-15', ' Hall closed ');
    expect(input.exceptions).toEqual([
      { date: '2026-12-15', cancelled: true, note: 'Hall closed' },
      { date: '2026-12-22', cancelled: true },
    ]);
  });

  it('puts a cancelled date back', () => {
    const cancelled = event({ exceptions: [{ date: '2026-12-22', cancelled: true, note: 'Christmas' }] });
    expect(withDateRestored(cancelled, '2026-12-22').exceptions).toBeUndefined();
    expect(withDateRestored(event({ exceptions: [{ date: '2026-12-22', cancelled: true }, { date: '2026-12-29', cancelled: true }] }), '2026-12-22').exceptions).toEqual([
      { date: '2026-12-29', cancelled: true },
    ]);
  });

  it('cancels and restores a one-off event as a whole', () => {
    const oneOff = event({ recurrence: undefined, lastOccurrenceEnd: undefined });
    expect(withDateCancelled(oneOff, '2026-12-01', 'ignored')).toMatchObject({ status: 'cancelled' });
    expect(withDateCancelled(oneOff, '2026-12-01').exceptions).toBeUndefined();
    expect(withDateRestored(event({ recurrence: undefined, status: 'cancelled' }), '2026-12-01').status).toBe('scheduled');
  });
});
