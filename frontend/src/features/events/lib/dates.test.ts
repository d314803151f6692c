import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsToFirst,
  daysBetween,
  formatInstantRange,
  formatLongDate,
  formatShortDay,
  formatWeek,
  isDate,
  isTime,
  startOfWeek,
  toLocalInput,
  toLondon,
  todayInLondon,
} from './dates';

describe('London dates and times', () => {
  it('reads API instants as London wall-clock time, in winter and in summer', () => {
    expect(toLondon('2026-12-01T10:00:00Z')).toEqual({ date: '2026-12-01', time: '10:00' });
    expect(toLondon('2027-06-01T10:00:00+01:00')).toEqual({ date: '2027-06-01', time: '10:00' });
    expect(toLondon('2027-06-01T09:00:00Z')).toEqual({ date: '2027-06-01', time: '10:00' });
    // 23:30 UTC on a summer evening is already the next day in London.
    expect(toLondon('2027-06-30T23:30:00Z')).toEqual({ date: '2027-07-01', time: '00:30' });
    expect(toLondon('not a time')).toBeUndefined();
    expect(toLocalInput('2027-03-28T09:00:00Z')).toBe('2027-03-28T10:00');
    expect(todayInLondon(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
  });

  it('formats ranges in London time', () => {
    expect(formatInstantRange('2026-12-01T10:00:00Z', '2026-12-01T12:00:00Z')).toBe('10:00–12:00');
    expect(formatInstantRange('2027-06-01T10:00:00+01:00', '2027-06-01T12:30:00+01:00')).toBe('10:00–12:30');
    expect(formatInstantRange('2026-12-01T22:00:00Z', '2026-12-02T01:00:00Z')).toBe('22:00–01:00 the next day');
  });

  it('does date arithmetic without the clock changes getting in the way', () => {
    expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2027-03-27', '2027-04-03')).toBe(7);
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30');
    expect(startOfWeek('2026-12-07')).toBe('2026-12-07');
    expect(addMonthsToFirst('2026-11-01', 3)).toBe('2027-02-01');
    expect(addMonthsToFirst('2026-12-15', -12)).toBe('2025-12-01');
    expect(isDate('2027-02-29')).toBe(false);
    expect(isDate('2028-02-29')).toBe(true);
    expect(isTime('24:00')).toBe(false);
    expect(isTime('09:05')).toBe(true);
  });

  it('writes dates and weeks in plain English', () => {
    expect(formatLongDate('2026-12-01')).toBe('Tuesday 1 December 2026');
    expect(formatShortDay('2026-12-01')).toBe('Tue 1 Dec');
    expect(formatWeek('2026-12-07')).toBe('7 to 13 December 2026');
    expect(formatWeek('2026-11-30')).toBe('30 November to 6 December 2026');
    expect(formatWeek('2026-12-28')).toBe('28 December 2026 to 3 January 2027');
  });
});
