import { describe, expect, it } from 'vitest';
import { checkRecurrence, defaultRecurrence, recurrenceValuesFor, toRecurrence, type RecurrenceValues } from './recurrence-form';

function repeating(startDate: string, changes: Partial<RecurrenceValues> = {}): RecurrenceValues {
  return { ...defaultRecurrence(startDate), mode: 'repeats', ...changes };
}

describe('the recurrence editor’s values', () => {
  it('start from the first date: weekly on its weekday, monthly on its position', () => {
    expect(defaultRecurrence('2026-12-08')).toMatchObject({ weekdays: ['TU'], position: '2', weekday: 'TU' });
    expect(defaultRecurrence('2027-01-29')).toMatchObject({ weekdays: ['FR'], position: '-1', weekday: 'FR' });
    expect(defaultRecurrence('')).toMatchObject({ weekdays: [], position: '1', weekday: 'MO' });
  });

  it('build the RRULE', () => {
    expect(toRecurrence(defaultRecurrence('2026-12-01'))).toBeUndefined();
    expect(toRecurrence(repeating('2026-12-01'))).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(toRecurrence(repeating('2026-12-03', { interval: '2', weekdays: ['TH', 'MO'], ends: 'after', count: '10' }))).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10',
    );
    expect(toRecurrence(repeating('2026-12-08', { freq: 'MONTHLY', ends: 'on', until: '2027-12-31' }))).toBe('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231');
    expect(toRecurrence(repeating('2027-01-29', { freq: 'MONTHLY' }))).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(toRecurrence(repeating('2026-12-14', { freq: 'MONTHLY', monthlyBy: 'day' }))).toBe('FREQ=MONTHLY');
    expect(toRecurrence(repeating('2026-12-14', { freq: 'DAILY', interval: '3' }))).toBe('FREQ=DAILY;INTERVAL=3');
  });

  it('read a stored rule back, keeping one the editor cannot show', () => {
    expect(recurrenceValuesFor('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=20270331', '2026-12-03')).toMatchObject({
      mode: 'repeats',
      freq: 'WEEKLY',
      interval: '2',
      weekdays: ['MO', 'TH'],
      ends: 'on',
      until: '2027-03-31',
    });
    expect(recurrenceValuesFor('FREQ=MONTHLY;BYDAY=-1FR;COUNT=12', '2027-01-29')).toMatchObject({
      freq: 'MONTHLY',
      monthlyBy: 'weekday',
      position: '-1',
      weekday: 'FR',
      ends: 'after',
      count: '12',
    });
    expect(recurrenceValuesFor('FREQ=MONTHLY;BYDAY=1MO,3TH', '2026-12-07')).toMatchObject({ mode: 'keep', original: 'FREQ=MONTHLY;BYDAY=1MO,3TH' });
    expect(recurrenceValuesFor('FREQ=YEARLY', '2026-12-07').mode).toBe('keep');
    expect(toRecurrence(recurrenceValuesFor('FREQ=MONTHLY;BYDAY=1MO,3TH', '2026-12-07'))).toBe('FREQ=MONTHLY;BYDAY=1MO,3TH');
  });
});

describe('checkRecurrence', () => {
  it('says what is missing', () => {
    const { errors } = checkRecurrence(repeating('2026-12-01', { interval: '0', weekdays: [], ends: 'after', count: 'lots' }), '2026-12-01');
    expect(errors).toEqual({
      interval: 'Enter how many weeks apart, a whole number from 1 to 1,000',
      weekdays: 'Choose at least one day of the week',
      count: 'Enter how many times it happens, a whole number from 1 to 10,000',
    });
    expect(checkRecurrence(repeating('2026-12-01', { ends: 'on', until: '2026-11-30' }), '2026-12-01').errors.until).toBe(
      'The last date must be on or after the first date',
    );
    expect(checkRecurrence(repeating('2026-12-01', { ends: 'on' }), '2026-12-01').errors.until).toBe('Enter the date of the last time it happens');
  });

  it('checks that the first date is one the rule gives, and suggests one that is', () => {
    expect(checkRecurrence(repeating('2026-12-01', { weekdays: ['MO', 'TH'] }), '2026-12-01')).toEqual({
      errors: { recurrence: 'The first date, Tuesday 1 December 2026, is not one of the chosen days. The first date is the first time it happens.' },
      suggestedStart: '2026-12-03',
    });
    expect(checkRecurrence(repeating('2026-12-01', { freq: 'MONTHLY', position: '2' }), '2026-12-01')).toEqual({
      errors: { recurrence: 'The first date, Tuesday 1 December 2026, is not the second Tuesday of its month. The first date is the first time it happens.' },
      suggestedStart: '2026-12-08',
    });
    expect(checkRecurrence(repeating('2026-12-08', { freq: 'MONTHLY' }), '2026-12-08')).toEqual({ errors: {} });
    expect(checkRecurrence(defaultRecurrence('2026-12-01'), '2026-12-01')).toEqual({ errors: {} });
  });
});
