import { dayOf, formatLongDate, formatPlainDate, formatTimeRange, type LocalDateTime } from './dates';
import { tryParseRule, weekdayAt, weekdayIndex, type ByDay, type Rule, type Weekday } from './rrule';

/**
 * An event's schedule in plain English, e.g. "Every Tuesday, 10:00–12:00, until 31 March 2027"
 * or "On the second Tuesday of every month, 18:00–20:00, 12 times".
 */

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'] as const;

/** 2 → "second", -1 → "last", -2 → "second to last". */
export function positionWord(position: number): string {
  if (position === -1) return 'last';
  if (position < 0) return `${ORDINALS[-position - 1] ?? String(-position)} to last`;
  return ORDINALS[position - 1] ?? String(position);
}

/** ["a"] → "a"; ["a", "b"] → "a and b"; ["a", "b", "c"] → "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** 1 → "1st", 2 → "2nd", 13 → "13th", 22 → "22nd". */
export function ordinalNumber(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${String(n)}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${String(n)}${suffix}`;
}

function sortedDays(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => weekdayIndex(a) - weekdayIndex(b));
}

const WORKING_WEEK: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];

/** "Monday and Thursday"; "weekday (Monday to Friday)"; "day". */
function daysInWords(days: readonly Weekday[]): string {
  const sorted = sortedDays(days);
  if (sorted.length === 7) return 'day';
  if (sorted.length === 5 && WORKING_WEEK.every((day) => sorted.includes(day))) return 'weekday (Monday to Friday)';
  return listInWords(sorted.map((day) => WEEKDAY_NAMES[day]));
}

function every(interval: number, unit: string): string {
  return interval === 1 ? `every ${unit}` : `every ${String(interval)} ${unit}s`;
}

/** "the second Tuesday", "the first and third Tuesday", "the first Monday and the last Friday". */
function monthlyDaysInWords(byDay: readonly ByDay[]): string {
  const groups = new Map<Weekday, number[]>();
  for (const { position, day } of byDay) groups.set(day, [...(groups.get(day) ?? []), position]);
  const phrases = [...groups.entries()]
    .sort(([a], [b]) => weekdayIndex(a) - weekdayIndex(b))
    .map(([day, positions]) => {
      if (positions.includes(0)) return `every ${WEEKDAY_NAMES[day]}`;
      const ordered = [...positions].sort((a, b) => (a > 0 ? a : 10 - a) - (b > 0 ? b : 10 - b));
      return `the ${listInWords(ordered.map(positionWord))} ${WEEKDAY_NAMES[day]}`;
    });
  return listInWords(phrases);
}

/** The repeating part alone: "Every Tuesday", "Every 2 weeks on Monday and Thursday", "On the last Friday of every month". */
export function patternInWords(rule: Rule, firstDate: string): string {
  if (rule.freq === 'DAILY') {
    if (rule.byDay.length === 0) return rule.interval === 1 ? 'Every day' : `Every ${String(rule.interval)} days`;
    const days = daysInWords(rule.byDay.map((item) => item.day));
    return rule.interval === 1 ? `Every ${days}` : `Every ${String(rule.interval)} days, when that is a ${days}`;
  }
  if (rule.freq === 'WEEKLY') {
    const days = daysInWords(rule.byDay.length > 0 ? rule.byDay.map((item) => item.day) : [weekdayAt(firstDate)]);
    if (rule.interval === 1) return `Every ${days}`;
    return `Every ${String(rule.interval)} weeks on ${days === 'day' ? 'every day' : days}`;
  }
  const months = every(rule.interval, 'month');
  if (rule.byDay.length === 0) return `On the ${ordinalNumber(dayOf(firstDate))} of ${months}`;
  return `On ${monthlyDaysInWords(rule.byDay)} of ${months}`;
}

/** ", until 31 March 2027", ", 12 times", ", once" or nothing. */
function endInWords(rule: Rule): string {
  if (rule.until !== undefined) return `, until ${formatPlainDate(rule.until)}`;
  if (rule.count !== undefined) return rule.count === 1 ? ', once' : `, ${String(rule.count)} times`;
  return '';
}

export interface ScheduleTimes {
  /** The first occurrence, in London wall-clock time. */
  start: LocalDateTime;
  end: LocalDateTime;
  /** The RRULE, when it repeats. */
  recurrence?: string | undefined;
}

/**
 * The whole schedule in one sentence: "Every Tuesday, 10:00–12:00, until 31 March 2027";
 * a one-off: "Tuesday 1 December 2026, 10:00–12:00". A rule outside the subset is quoted as it is.
 */
export function describeSchedule({ start, end, recurrence }: ScheduleTimes): string {
  const times = formatTimeRange(start, end);
  if (recurrence === undefined || recurrence.trim() === '') {
    if (end.date > start.date) return `${formatLongDate(start.date)}, ${start.time} to ${formatLongDate(end.date)}, ${end.time}`;
    return `${formatLongDate(start.date)}, ${times}`;
  }
  const rule = tryParseRule(recurrence);
  if (!rule) return `Repeats (${recurrence}), ${times}`;
  return `${patternInWords(rule, start.date)}, ${times}${endInWords(rule)}`;
}
