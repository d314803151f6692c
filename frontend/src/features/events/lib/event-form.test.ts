import { describe, expect, it } from 'vitest';
import { eventFixture } from '@/test/events';
import type { Event } from '../types';
import { checkEventForm, formKeyFor, toEventInput, toFormValues, type EventFormValues } from './event-form';
import { defaultRecurrence } from './recurrence-form';

const PLACE = '0b6f7a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b';

function filled(overrides: Partial<EventFormValues> = {}): EventFormValues {
  return {
    ...toFormValues(),
    title: 'Tuesday coffee morning',
    category: 'social',
    hostPartnerIds: ['host-1'],
    date: '2026-12-01',
    startTime: '10:00',
    endTime: '12:00',
    ...overrides,
  };
}

describe('checkEventForm', () => {
  it('asks for what is needed, in plain words', () => {
    const errors = checkEventForm(toFormValues());
    expect(errors).toMatchObject({
      title: 'Enter the event’s name',
      category: 'Choose the kind of event',
      hostPartnerIds: 'Choose at least one partner who hosts it',
      date: 'Enter the date it happens (the first date, if it repeats)',
      startTime: 'Enter the time it starts, like 10:00',
      endTime: 'Enter the time it ends, like 12:00',
    });
    expect(checkEventForm(filled())).toEqual({});
  });

  it('checks the times: after the start, past midnight only when said, at most 7 days', () => {
    expect(checkEventForm(filled({ endTime: '09:00' })).endTime).toMatch(/after the start.*later day/);
    expect(checkEventForm(filled({ startTime: '22:00', endTime: '01:00', endsLater: true, endDate: '2026-12-02' }))).toEqual({});
    expect(checkEventForm(filled({ endsLater: true, endDate: '2026-12-09' })).endDate).toMatch(/at most 7 days/);
    expect(checkEventForm(filled({ date: '2026-02-30' })).date).toBe('Enter a real date');
  });

  it('checks the optional fields', () => {
    const errors = checkEventForm(
      filled({ capacity: '0', bookingUrl: 'calderdale.example', languages: 'en, english!', audiences: ['language_community'] }),
    );
    expect(errors.capacity).toMatch(/1 to 100,000/);
    expect(errors.bookingUrl).toMatch(/https:\/\//);
    expect(errors.languages).toBe('english! is not a language code; use codes like en, ur or pl');
    expect(checkEventForm(filled({ audiences: ['language_community'] })).languages).toMatch(/Name the language/);
    expect(checkEventForm(filled({ audiences: ['language_community'], languages: 'ur' }))).toEqual({});
  });

  it('checks the schedule and the changed dates against it', () => {
    const weekly = { ...defaultRecurrence('2026-12-01'), mode: 'repeats' as const, weekdays: ['MO' as const] };
    expect(checkEventForm(filled({ recurrence: weekly })).recurrence).toMatch(/Tuesday 1 December 2026, is not one of the chosen days/);
    const values = filled({
      recurrence: { ...weekly, weekdays: ['TU'] },
      exceptions: [
        { key: 'a', date: '2026-12-08', cancelled: true },
        { key: 'b', date: '2026-12-09', cancelled: true },
      ],
    });
    expect(checkEventForm(values)).toEqual({
      'exceptions.b': 'This is no longer one of its dates. Remove it, or change the schedule back',
    });
    expect(checkEventForm({ ...values, recurrence: defaultRecurrence('2026-12-01') }).exceptions).toMatch(/one-off event has no cancelled/);
  });
});

describe('toEventInput', () => {
  it('sends wall-clock times, the RRULE, and leaves out empty optional fields', () => {
    const values = filled({
      recurrence: { ...defaultRecurrence('2026-12-01'), mode: 'repeats', ends: 'on', until: '2027-03-30' },
      audiences: ['older_people', 'all_ages'],
      languages: 'en, ur',
      capacity: '1,200',
      description: '  ',
    });
    expect(toEventInput(values, PLACE, { includeStatus: false })).toEqual({
      placeId: PLACE,
      hostPartnerIds: ['host-1'],
      title: 'Tuesday coffee morning',
      category: 'social',
      start: '2026-12-01T10:00',
      end: '2026-12-01T12:00',
      audiences: ['all_ages', 'older_people'],
      languages: ['en', 'ur'],
      capacity: 1200,
      recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330',
    });
  });

  it('round-trips an event: same times, rule, status and changed dates', () => {
    const event = eventFixture({
      start: '2027-06-01T09:00:00Z',
      end: '2027-06-01T11:00:00Z',
      recurrence: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=6',
      exceptions: [
        { date: '2027-07-06', cancelled: true, note: 'Summer fair' },
        { date: '2027-08-03', cancelled: false, start: '2027-08-04T09:00:00Z', end: '2027-08-04T11:00:00Z' },
      ],
    }) as unknown as Event;
    const values = toFormValues(event);
    expect(values.date).toBe('2027-06-01');
    expect(values.startTime).toBe('10:00');
    expect(values.recurrence).toMatchObject({ mode: 'repeats', freq: 'MONTHLY', monthlyBy: 'weekday', position: '1', weekday: 'TU', ends: 'after', count: '6' });
    expect(checkEventForm(values)).toEqual({});
    const input = toEventInput(values, PLACE, { includeStatus: true });
    expect(input).toMatchObject({
      start: '2027-06-01T10:00',
      end: '2027-06-01T12:00',
      status: 'scheduled',
      recurrence: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=6',
      exceptions: [
        { date: '2027-07-06', cancelled: true, note: 'Summer fair' },
        { date: '2027-08-03', start: '2027-08-04T10:00', end: '2027-08-04T12:00' },
      ],
    });
  });
});

describe('formKeyFor', () => {
  it('puts server field errors next to their fields', () => {
    expect(formKeyFor('title', [])).toBe('title');
    expect(formKeyFor('start', [])).toBe('date');
    expect(formKeyFor('end', [])).toBe('endTime');
    expect(formKeyFor('recurrence', [])).toBe('recurrence');
    expect(formKeyFor('hostPartnerIds[1]', [])).toBe('hostPartnerIds');
    expect(formKeyFor('languages[0]', [])).toBe('languages');
    expect(formKeyFor('exceptions[1].date', ['a', 'b'])).toBe('exceptions.b');
    expect(formKeyFor('exceptions[5]', ['a'])).toBe('exceptions');
    expect(formKeyFor('placeId', [])).toBeUndefined();
  });
});
