import { describe, expect, it } from 'vitest';
import { describeSchedule, listInWords, ordinalNumber, positionWord } from './schedule-words';

const at = (date: string, time: string) => ({ date, time });

describe('describeSchedule', () => {
  it('says a one-off event’s date and times', () => {
    expect(describeSchedule({ start: at('2026-12-01', '10:00'), end: at('2026-12-01', '12:00') })).toBe('Tuesday 1 December 2026, 10:00–12:00');
    expect(describeSchedule({ start: at('2027-05-01', '18:00'), end: at('2027-05-02', '02:00') })).toBe(
      'Saturday 1 May 2027, 18:00 to Sunday 2 May 2027, 02:00',
    );
  });

  it('says weekly schedules in words', () => {
    const tuesday = { start: at('2026-12-01', '10:00'), end: at('2026-12-01', '12:00') };
    expect(describeSchedule({ ...tuesday, recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270331' })).toBe(
      'Every Tuesday, 10:00–12:00, until 31 March 2027',
    );
    // Without BYDAY the weekday is the first date's.
    expect(describeSchedule({ ...tuesday, recurrence: 'FREQ=WEEKLY' })).toBe('Every Tuesday, 10:00–12:00');
    expect(describeSchedule({ start: at('2026-12-03', '19:00'), end: at('2026-12-03', '21:30'), recurrence: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10' })).toBe(
      'Every 2 weeks on Monday and Thursday, 19:00–21:30, 10 times',
    );
    expect(describeSchedule({ ...tuesday, recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' })).toBe('Every weekday (Monday to Friday), 10:00–12:00');
    expect(describeSchedule({ ...tuesday, recurrence: 'FREQ=WEEKLY;BYDAY=SU,TU,FR' })).toBe('Every Tuesday, Friday and Sunday, 10:00–12:00');
  });

  it('says monthly schedules, by position or by day of the month', () => {
    expect(describeSchedule({ start: at('2026-12-08', '18:00'), end: at('2026-12-08', '20:00'), recurrence: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=12' })).toBe(
      'On the second Tuesday of every month, 18:00–20:00, 12 times',
    );
    expect(describeSchedule({ start: at('2027-01-29', '12:00'), end: at('2027-01-29', '14:00'), recurrence: 'FREQ=MONTHLY;BYDAY=-1FR' })).toBe(
      'On the last Friday of every month, 12:00–14:00',
    );
    expect(describeSchedule({ start: at('2026-12-14', '09:30'), end: at('2026-12-14', '11:00'), recurrence: 'FREQ=MONTHLY;INTERVAL=2' })).toBe(
      'On the 14th of every 2 months, 09:30–11:00',
    );
    expect(describeSchedule({ start: at('2026-12-07', '10:00'), end: at('2026-12-07', '11:00'), recurrence: 'FREQ=MONTHLY;BYDAY=3TU,1TU' })).toBe(
      'On the first and third Tuesday of every month, 10:00–11:00',
    );
    expect(describeSchedule({ start: at('2026-12-07', '10:00'), end: at('2026-12-07', '11:00'), recurrence: 'FREQ=MONTHLY;BYDAY=-1FR,1MO' })).toBe(
      'On the first Monday and the last Friday of every month, 10:00–11:00',
    );
  });

  it('says daily schedules, once-only counts and evenings that run past midnight', () => {
    expect(describeSchedule({ start: at('2026-12-01', '22:00'), end: at('2026-12-02', '02:00'), recurrence: 'FREQ=DAILY;COUNT=1' })).toBe(
      'Every day, 22:00–02:00 the next day, once',
    );
    expect(describeSchedule({ start: at('2026-12-01', '10:00'), end: at('2026-12-01', '11:00'), recurrence: 'FREQ=DAILY;INTERVAL=3;UNTIL=20261231' })).toBe(
      'Every 3 days, 10:00–11:00, until 31 December 2026',
    );
    expect(describeSchedule({ start: at('2026-12-05', '10:00'), end: at('2026-12-05', '11:00'), recurrence: 'FREQ=DAILY;BYDAY=SA,SU' })).toBe(
      'Every Saturday and Sunday, 10:00–11:00',
    );
  });

  it('quotes a rule it cannot read rather than guessing', () => {
    expect(describeSchedule({ start: at('2026-12-01', '10:00'), end: at('2026-12-01', '12:00'), recurrence: 'FREQ=YEARLY' })).toBe(
      'Repeats (FREQ=YEARLY), 10:00–12:00',
    );
  });
});

describe('words', () => {
  it('joins lists and names positions', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['Monday'])).toBe('Monday');
    expect(listInWords(['Monday', 'Thursday', 'Friday'])).toBe('Monday, Thursday and Friday');
    expect(positionWord(1)).toBe('first');
    expect(positionWord(-1)).toBe('last');
    expect(positionWord(-2)).toBe('second to last');
    expect(ordinalNumber(1)).toBe('1st');
    expect(ordinalNumber(12)).toBe('12th');
    expect(ordinalNumber(22)).toBe('22nd');
    expect(ordinalNumber(23)).toBe('23rd');
  });
});
