import { formatLongDate, isDate } from './dates';
import {
  WEEKDAYS,
  formatRule,
  nextPatternDate,
  parseRule,
  positionInMonth,
  startsOnRule,
  tryParseRule,
  weekdayAt,
  type Freq,
  type Rule,
  type Weekday,
} from './rrule';
import { WEEKDAY_NAMES, positionWord } from './schedule-words';

/**
 * What the recurrence editor holds, and how it becomes an RRULE. Numbers stay as typed text
 * until checked, so a half-typed value is never lost.
 */

/** A weekday's position in the month the editor offers: first to fourth, or last. */
export const POSITIONS = ['1', '2', '3', '4', '-1'] as const;
export type PositionChoice = (typeof POSITIONS)[number];

export const POSITION_LABELS: Record<PositionChoice, string> = {
  '1': 'first',
  '2': 'second',
  '3': 'third',
  '4': 'fourth',
  '-1': 'last',
};

export type RepeatMode = 'once' | 'repeats' | 'keep';
export type MonthlyBy = 'day' | 'weekday';
export type EndsMode = 'never' | 'on' | 'after';

export interface RecurrenceValues {
  /** `keep`: a rule the editor cannot show (e.g. from another tool) stays as it is. */
  mode: RepeatMode;
  freq: Freq;
  interval: string;
  /** For weekly rules. */
  weekdays: Weekday[];
  /** For monthly rules: on the same day of the month, or on e.g. the second Tuesday. */
  monthlyBy: MonthlyBy;
  position: PositionChoice;
  weekday: Weekday;
  ends: EndsMode;
  /** `YYYY-MM-DD`. */
  until: string;
  count: string;
  /** The rule as it was, for `keep`. */
  original: string;
  /** The stored rule is one the editor cannot show, so it offers to keep it. */
  custom: boolean;
}

/** Sensible choices for a first date: weekly on its weekday, monthly on its position. */
export function defaultRecurrence(startDate: string): RecurrenceValues {
  const known = isDate(startDate);
  const { position, last } = known ? positionInMonth(startDate) : { position: 1, last: false };
  return {
    mode: 'once',
    freq: 'WEEKLY',
    interval: '1',
    weekdays: known ? [weekdayAt(startDate)] : [],
    monthlyBy: 'weekday',
    position: last && position >= 4 ? '-1' : (String(Math.min(position, 4)) as PositionChoice),
    weekday: known ? weekdayAt(startDate) : 'MO',
    ends: 'never',
    until: '',
    count: '',
    original: '',
    custom: false,
  };
}

/** The editor's values for a stored rule; `keep` when the editor cannot show it faithfully. */
export function recurrenceValuesFor(recurrence: string | undefined, startDate: string): RecurrenceValues {
  const base = defaultRecurrence(startDate);
  if (recurrence === undefined || recurrence.trim() === '') return base;
  const rule = tryParseRule(recurrence);
  if (!rule) return { ...base, mode: 'keep', original: recurrence, custom: true };
  const values: RecurrenceValues = {
    ...base,
    mode: 'repeats',
    freq: rule.freq,
    interval: String(rule.interval),
    ends: rule.until !== undefined ? 'on' : rule.count !== undefined ? 'after' : 'never',
    until: rule.until ?? '',
    count: rule.count === undefined ? '' : String(rule.count),
    original: recurrence,
  };
  // Closest to the stored rule, so choosing "It repeats" starts from something like it.
  const first = rule.byDay.find((item) => (POSITIONS as readonly string[]).includes(String(item.position)));
  const keep: RecurrenceValues = {
    ...values,
    mode: 'keep',
    custom: true,
    weekdays: rule.byDay.length > 0 ? WEEKDAYS.filter((day) => rule.byDay.some((item) => item.day === day)) : base.weekdays,
    ...(first ? { position: String(first.position) as PositionChoice, weekday: first.day } : {}),
  };
  if (rule.freq === 'DAILY') return rule.byDay.length === 0 ? values : keep;
  if (rule.freq === 'WEEKLY') {
    return { ...values, weekdays: rule.byDay.length > 0 ? rule.byDay.map((item) => item.day) : base.weekdays };
  }
  if (rule.byDay.length === 0) return { ...values, monthlyBy: 'day' };
  const [only, ...more] = rule.byDay;
  if (!only || more.length > 0 || !(POSITIONS as readonly string[]).includes(String(only.position))) return keep;
  return { ...values, monthlyBy: 'weekday', position: String(only.position) as PositionChoice, weekday: only.day };
}

export type RecurrenceField = 'interval' | 'weekdays' | 'until' | 'count' | 'recurrence';
export type RecurrenceErrors = Partial<Record<RecurrenceField, string>>;

function wholeNumber(text: string, min: number, max: number): number | undefined {
  const value = text.trim();
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** The rule the values describe, without checking it against the first date. Undefined for a one-off. */
export function buildRule(values: RecurrenceValues): Rule | undefined {
  if (values.mode === 'once') return undefined;
  if (values.mode === 'keep') return tryParseRule(values.original);
  const rule: Rule = { freq: values.freq, interval: wholeNumber(values.interval, 1, 1000) ?? 1, byDay: [] };
  if (values.freq === 'WEEKLY') {
    rule.byDay = WEEKDAYS.filter((day) => values.weekdays.includes(day)).map((day) => ({ position: 0, day }));
  } else if (values.freq === 'MONTHLY' && values.monthlyBy === 'weekday') {
    rule.byDay = [{ position: Number(values.position), day: values.weekday }];
  }
  if (values.ends === 'on' && isDate(values.until)) rule.until = values.until;
  if (values.ends === 'after') rule.count = wholeNumber(values.count, 1, 10_000) ?? 1;
  return rule;
}

/** The RRULE to send, or undefined for a one-off event. */
export function toRecurrence(values: RecurrenceValues): string | undefined {
  if (values.mode === 'once') return undefined;
  if (values.mode === 'keep') return values.original;
  const rule = buildRule(values);
  return rule ? formatRule(rule) : undefined;
}

/** "the second Tuesday" for the monthly choice. */
export function monthlyWeekdayLabel(position: PositionChoice, weekday: Weekday): string {
  return `the ${positionWord(Number(position))} ${WEEKDAY_NAMES[weekday]}`;
}

/**
 * What is wrong with the values for this first date, as the API would see it, in plain words.
 * `suggestedStart` is the next date the pattern gives when the first date is not one of them.
 */
export function checkRecurrence(values: RecurrenceValues, startDate: string): { errors: RecurrenceErrors; suggestedStart?: string } {
  const errors: RecurrenceErrors = {};
  if (values.mode === 'once') return { errors };
  if (values.mode === 'keep') {
    try {
      parseRule(values.original);
    } catch (error) {
      errors.recurrence = `The current pattern cannot be used: ${error instanceof Error ? error.message : 'it is not valid'}. Choose a new one.`;
    }
    return { errors };
  }
  const unit = values.freq === 'DAILY' ? 'days' : values.freq === 'WEEKLY' ? 'weeks' : 'months';
  if (wholeNumber(values.interval, 1, 1000) === undefined) errors.interval = `Enter how many ${unit} apart, a whole number from 1 to 1,000`;
  if (values.freq === 'WEEKLY' && values.weekdays.length === 0) errors.weekdays = 'Choose at least one day of the week';
  if (values.ends === 'on') {
    if (!isDate(values.until)) errors.until = 'Enter the date of the last time it happens';
    else if (isDate(startDate) && values.until < startDate) errors.until = 'The last date must be on or after the first date';
  }
  if (values.ends === 'after' && wholeNumber(values.count, 1, 10_000) === undefined) {
    errors.count = 'Enter how many times it happens, a whole number from 1 to 10,000';
  }
  if (Object.keys(errors).length > 0 || !isDate(startDate)) return { errors };
  const rule = buildRule(values);
  if (rule && !startsOnRule(rule, startDate)) {
    const suggestedStart = nextPatternDate(rule, startDate);
    const pattern =
      values.freq === 'WEEKLY'
        ? `one of the chosen days`
        : `${monthlyWeekdayLabel(values.position, values.weekday)} of its month`;
    errors.recurrence = `The first date, ${formatLongDate(startDate)}, is not ${pattern}. The first date is the first time it happens.`;
    return suggestedStart ? { errors, suggestedStart } : { errors };
  }
  return { errors };
}
