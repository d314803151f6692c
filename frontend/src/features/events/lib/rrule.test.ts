import { describe, expect, it } from 'vitest';
import {
  RuleError,
  datesBetween,
  extent,
  formatRule,
  nextDates,
  nextPatternDate,
  nthWeekdayOfMonth,
  occursOn,
  parseRule,
  positionInMonth,
  startsOnRule,
  tryParseRule,
  type Rule,
} from './rrule';

function dates(text: string, first: string, limit = 50): string[] {
  return nextDates(parseRule(text), first, first, limit);
}

describe('parseRule and formatRule', () => {
  it('reads the subset and writes the normal form the API returns', () => {
    expect(parseRule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330')).toEqual({
      freq: 'WEEKLY',
      interval: 1,
      byDay: [{ position: 0, day: 'TU' }],
      until: '2027-03-30',
      count: undefined,
    });
    expect(parseRule('rrule:freq=monthly;byday=2tu;count=12;wkst=mo')).toMatchObject({
      freq: 'MONTHLY',
      byDay: [{ position: 2, day: 'TU' }],
      count: 12,
    });
    expect(parseRule('FREQ=MONTHLY;BYDAY=-1FR').byDay).toEqual([{ position: -1, day: 'FR' }]);
    expect(parseRule('FREQ=MONTHLY;BYDAY=+1MO').byDay).toEqual([{ position: 1, day: 'MO' }]);
    // UNTIL may carry a time, as RFC 5545 allows; only the date counts.
    expect(parseRule('FREQ=DAILY;UNTIL=20270331T235959Z').until).toBe('2027-03-31');

    expect(formatRule(parseRule('COUNT=10;BYDAY=MO,TH;INTERVAL=2;FREQ=WEEKLY'))).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10');
    expect(formatRule(parseRule('FREQ=MONTHLY;INTERVAL=1;BYDAY=-1FR;UNTIL=20271231'))).toBe('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20271231');
  });

  it('refuses what is outside the subset, naming the part like the API', () => {
    const part = (text: string) => {
      try {
        parseRule(text);
      } catch (error) {
        return error instanceof RuleError ? error.part : 'not a RuleError';
      }
      return 'accepted';
    };
    expect(part('')).toBe('RRULE');
    expect(part('FREQ=YEARLY')).toBe('FREQ');
    expect(part('INTERVAL=2')).toBe('FREQ');
    expect(part('FREQ=WEEKLY;BYMONTH=3')).toBe('BYMONTH');
    expect(part('FREQ=WEEKLY;BYDAY=2TU')).toBe('BYDAY');
    expect(part('FREQ=MONTHLY;BYDAY=6TU')).toBe('BYDAY');
    expect(part('FREQ=MONTHLY;BYDAY=XX')).toBe('BYDAY');
    expect(part('FREQ=DAILY;INTERVAL=0')).toBe('INTERVAL');
    expect(part('FREQ=DAILY;COUNT=2;UNTIL=20270101')).toBe('COUNT');
    expect(part('FREQ=DAILY;UNTIL=20271399')).toBe('UNTIL');
    expect(part('FREQ=DAILY;FREQ=WEEKLY')).toBe('FREQ');
    expect(part('FREQ=WEEKLY;WKST=SU')).toBe('WKST');
    expect(part('FREQ')).toBe('FREQ');
    expect(tryParseRule('FREQ=HOURLY')).toBeUndefined();
    expect(tryParseRule(undefined)).toBeUndefined();
  });
});

describe('expanding a rule', () => {
  it('repeats daily, every N days', () => {
    expect(dates('FREQ=DAILY;COUNT=3', '2026-12-30')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
    expect(dates('FREQ=DAILY;INTERVAL=3;COUNT=4', '2027-02-25')).toEqual(['2027-02-25', '2027-02-28', '2027-03-03', '2027-03-06']);
    // A daily rule with BYDAY keeps only those weekdays.
    expect(dates('FREQ=DAILY;BYDAY=SA,SU;COUNT=4', '2026-12-05')).toEqual(['2026-12-05', '2026-12-06', '2026-12-12', '2026-12-13']);
  });

  it('repeats weekly on the start’s weekday or on the chosen days, Monday-first weeks', () => {
    expect(dates('FREQ=WEEKLY;UNTIL=20261222', '2026-12-01')).toEqual(['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22']);
    expect(dates('FREQ=WEEKLY;BYDAY=MO,TH;COUNT=5', '2026-12-03')).toEqual([
      '2026-12-03',
      '2026-12-07',
      '2026-12-10',
      '2026-12-14',
      '2026-12-17',
    ]);
  });

  it('keeps the interval on the grid of the first week', () => {
    // Every 2 weeks on Monday and Thursday, starting on a Thursday: that week's Monday is before the start and skipped.
    expect(dates('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5', '2026-12-03')).toEqual([
      '2026-12-03',
      '2026-12-14',
      '2026-12-17',
      '2026-12-28',
      '2026-12-31',
    ]);
    // Every 3 months from 30 November: February has no 30th, so that month is skipped and not counted.
    expect(dates('FREQ=MONTHLY;INTERVAL=3;COUNT=3', '2026-11-30')).toEqual(['2026-11-30', '2027-05-30', '2027-08-30']);
  });

  it('repeats monthly on the same day, skipping months without it', () => {
    expect(dates('FREQ=MONTHLY;COUNT=4', '2027-01-31')).toEqual(['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31']);
    expect(dates('FREQ=MONTHLY;COUNT=3', '2026-12-14')).toEqual(['2026-12-14', '2027-01-14', '2027-02-14']);
  });

  it('repeats monthly on positional weekdays: the second Tuesday, the last Friday', () => {
    expect(dates('FREQ=MONTHLY;BYDAY=2TU;COUNT=4', '2026-12-08')).toEqual(['2026-12-08', '2027-01-12', '2027-02-09', '2027-03-09']);
    expect(dates('FREQ=MONTHLY;BYDAY=-1FR;COUNT=3', '2027-01-29')).toEqual(['2027-01-29', '2027-02-26', '2027-03-26']);
    // The fifth Tuesday only comes in some months.
    expect(dates('FREQ=MONTHLY;BYDAY=5TU;COUNT=3', '2026-12-29')).toEqual(['2026-12-29', '2027-03-30', '2027-06-29']);
    // Several positions in one month, in date order.
    expect(dates('FREQ=MONTHLY;BYDAY=3TH,1MO;COUNT=4', '2026-12-07')).toEqual(['2026-12-07', '2026-12-17', '2027-01-04', '2027-01-21']);
    // Without a position: every such weekday of the month.
    expect(dates('FREQ=MONTHLY;BYDAY=FR;COUNT=5', '2027-01-01')).toEqual(['2027-01-01', '2027-01-08', '2027-01-15', '2027-01-22', '2027-01-29']);
    // Every other month.
    expect(dates('FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU;COUNT=3', '2026-12-08')).toEqual(['2026-12-08', '2027-02-09', '2027-04-13']);
  });

  it('stops at UNTIL (inclusive) or after COUNT dates, counting from the first', () => {
    const until = parseRule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330');
    const all = nextDates(until, '2026-12-01', '2026-12-01', 100);
    expect(all).toHaveLength(18);
    expect(all.at(-1)).toBe('2027-03-30');
    expect(extent(until, '2026-12-01')).toEqual({ count: 18, last: '2027-03-30' });

    const count = parseRule('FREQ=WEEKLY;BYDAY=TU;COUNT=18');
    expect(nextDates(count, '2026-12-01', '2026-12-01', 100)).toEqual(all);
    // COUNT counts from the first date, not from the window asked for.
    expect(nextDates(count, '2026-12-01', '2027-03-01', 100)).toEqual(['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30']);
    expect(extent(parseRule('FREQ=WEEKLY'), '2026-12-01')).toBeUndefined();
    // Dates before the first are never given, even in the first week or month.
    expect(dates('FREQ=WEEKLY;BYDAY=MO,TU;COUNT=2', '2026-12-01')).toEqual(['2026-12-01', '2026-12-07']);
  });

  it('stays on the same wall-clock dates across the clock changes', () => {
    // 28 March 2027 (clocks forward) and 31 October 2027 (back) are Sundays: nothing shifts.
    expect(dates('FREQ=WEEKLY;BYDAY=SU;COUNT=3', '2027-03-21')).toEqual(['2027-03-21', '2027-03-28', '2027-04-04']);
    expect(dates('FREQ=DAILY;COUNT=3', '2027-10-30')).toEqual(['2027-10-30', '2027-10-31', '2027-11-01']);
  });

  it('finds dates in a window and tells whether a date is on the schedule', () => {
    const rule = parseRule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330');
    expect(datesBetween(rule, '2026-12-01', '2026-12-14', '2026-12-29')).toEqual(['2026-12-15', '2026-12-22']);
    expect(occursOn(rule, '2026-12-01', '2026-12-22')).toBe(true);
    expect(occursOn(rule, '2026-12-01', '2026-12-23')).toBe(false);
    expect(occursOn(rule, '2026-12-01', '2026-11-24')).toBe(false);
    expect(occursOn(rule, '2026-12-01', '2027-04-06')).toBe(false);
  });

  it('never runs for ever', () => {
    const rule: Rule = { freq: 'MONTHLY', interval: 1, byDay: [{ position: 5, day: 'MO' }] };
    expect(nextDates(rule, '2026-11-30', '2099-01-01', 1)).toHaveLength(1);
    expect(nextDates(rule, '2026-11-30', '2026-11-30', 0)).toEqual([]);
  });
});

describe('helpers for the editor', () => {
  it('finds the nth and last weekdays of a month', () => {
    expect(nthWeekdayOfMonth('2026-12-01', 2, 'TU')).toBe('2026-12-08');
    expect(nthWeekdayOfMonth('2026-12-01', -1, 'TH')).toBe('2026-12-31');
    expect(nthWeekdayOfMonth('2026-12-01', -2, 'TH')).toBe('2026-12-24');
    expect(nthWeekdayOfMonth('2027-02-01', 5, 'MO')).toBeUndefined();
    expect(positionInMonth('2026-12-08')).toEqual({ position: 2, last: false });
    expect(positionInMonth('2027-01-29')).toEqual({ position: 5, last: true });
    expect(positionInMonth('2027-02-26')).toEqual({ position: 4, last: true });
  });

  it('checks that the first date is one the rule gives, and finds the next that is', () => {
    expect(startsOnRule(parseRule('FREQ=WEEKLY;BYDAY=TU'), '2026-12-01')).toBe(true);
    expect(startsOnRule(parseRule('FREQ=WEEKLY;BYDAY=MO,TH'), '2026-12-01')).toBe(false);
    expect(startsOnRule(parseRule('FREQ=MONTHLY;BYDAY=2TU'), '2026-12-01')).toBe(false);
    expect(startsOnRule(parseRule('FREQ=MONTHLY'), '2026-12-31')).toBe(true);
    expect(nextPatternDate(parseRule('FREQ=WEEKLY;BYDAY=MO,TH'), '2026-12-01')).toBe('2026-12-03');
    expect(nextPatternDate(parseRule('FREQ=MONTHLY;BYDAY=2TU;COUNT=1'), '2026-12-09')).toBe('2027-01-12');
    expect(nextPatternDate(parseRule('FREQ=MONTHLY;BYDAY=-1FR;INTERVAL=6'), '2026-12-01')).toBe('2026-12-25');
  });
});
