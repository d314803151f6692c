import {
  addDays,
  addMonthsToFirst,
  dateOf,
  dayOf,
  daysInMonth,
  fromBasicDate,
  monthOf,
  startOfWeek,
  toBasicDate,
  weekdayOf,
  yearOf,
  type WeekdayIndex,
} from './dates';

/**
 * The RFC 5545 RRULE subset events use, expanded the way the API expands it: FREQ=DAILY,
 * WEEKLY or MONTHLY; INTERVAL; BYDAY (weekdays, with a position such as 2TU or -1FR for
 * monthly rules); and UNTIL (a date) or COUNT. Weeks start on Monday.
 *
 * Everything here is in London wall-clock dates (`YYYY-MM-DD`): a 10:00 session is at 10:00 on
 * every date the rule gives, in summer and in winter, so no time zone is involved.
 */

export const FREQS = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type Freq = (typeof FREQS)[number];

/** Monday first, as RFC 5545 writes them. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ByDay {
  /** 0 for every such weekday; 1 to 5 for the first to fifth; -1 to -5 counting from the end of the month. */
  position: number;
  day: Weekday;
}

export interface Rule {
  freq: Freq;
  interval: number;
  byDay: ByDay[];
  /** The last date it may fall on (inclusive). */
  until?: string | undefined;
  count?: number | undefined;
}

/** A rule outside the subset, naming the part as the API does. */
export class RuleError extends Error {
  override name = 'RuleError';
  constructor(
    readonly part: string,
    message: string,
  ) {
    super(message);
  }
}

/** Stops a rule without COUNT or UNTIL from running for ever. */
const MAX_PERIODS = 100_000;

function positive(value: string, part: string, max: number): number {
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    if (n >= 1 && n <= max) return n;
  }
  throw new RuleError(part, `${part} must be a whole number from 1 to ${String(max)}`);
}

function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}

function parseByDay(text: string, freq: Freq): ByDay {
  const value = text.trim();
  const day = value.slice(-2);
  if (value.length < 2 || !isWeekday(day)) {
    throw new RuleError('BYDAY', `BYDAY value '${text}' is not a weekday such as TU or 2TU`);
  }
  const prefix = value.slice(0, -2);
  if (prefix === '') return { position: 0, day };
  if (freq !== 'MONTHLY') throw new RuleError('BYDAY', 'positions such as 2TU need FREQ=MONTHLY');
  if (!/^[+-]?\d+$/.test(prefix)) throw new RuleError('BYDAY', `BYDAY value '${text}' has a bad position`);
  const position = Number(prefix);
  if (position === 0 || position < -5 || position > 5) throw new RuleError('BYDAY', 'a BYDAY position must be 1 to 5 or -1 to -5');
  return { position, day };
}

/** Reads an RRULE (with or without the `RRULE:` prefix); throws {@link RuleError} for anything outside the subset. */
export function parseRule(text: string): Rule {
  let body = text.trim();
  if (body === '') throw new RuleError('RRULE', 'is empty');
  if (body.toUpperCase().startsWith('RRULE:')) body = body.slice(6);
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new RuleError(part, `'${part}' is not NAME=VALUE`);
    const name = part.slice(0, eq).toUpperCase();
    if (parts.has(name)) throw new RuleError(name, `${name} appears twice`);
    parts.set(name, part.slice(eq + 1).toUpperCase());
  }
  for (const name of parts.keys()) {
    if (!['FREQ', 'INTERVAL', 'BYDAY', 'UNTIL', 'COUNT', 'WKST'].includes(name)) {
      throw new RuleError(name, `${name} is not supported (use FREQ, INTERVAL, BYDAY, UNTIL or COUNT)`);
    }
  }
  if (parts.has('WKST') && parts.get('WKST') !== 'MO') throw new RuleError('WKST', 'only WKST=MO is supported');
  const freqText = parts.get('FREQ');
  if (freqText === undefined) throw new RuleError('FREQ', 'FREQ is required');
  if (!(FREQS as readonly string[]).includes(freqText)) {
    throw new RuleError('FREQ', `FREQ=${freqText} is not supported (use DAILY, WEEKLY or MONTHLY)`);
  }
  const freq = freqText as Freq;
  const intervalText = parts.get('INTERVAL');
  const interval = intervalText === undefined ? 1 : positive(intervalText, 'INTERVAL', 1000);
  const byDayText = parts.get('BYDAY');
  const byDay = byDayText === undefined ? [] : byDayText.split(',').map((item) => parseByDay(item, freq));
  const untilText = parts.get('UNTIL');
  const countText = parts.get('COUNT');
  if (untilText !== undefined && countText !== undefined) throw new RuleError('COUNT', 'UNTIL and COUNT cannot both be given');
  let until: string | undefined;
  if (untilText !== undefined) {
    until = fromBasicDate(untilText);
    if (until === undefined) throw new RuleError('UNTIL', 'UNTIL must be a date such as 20270331');
  }
  const count = countText === undefined ? undefined : positive(countText, 'COUNT', 10_000);
  return { freq, interval, byDay, until, count };
}

/** Reads a rule, or gives undefined when it is outside the subset. */
export function tryParseRule(text: string | undefined): Rule | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return parseRule(text);
  } catch {
    return undefined;
  }
}

function formatByDay({ position, day }: ByDay): string {
  return position === 0 ? day : `${String(position)}${day}`;
}

/** The rule in the API's normal form, e.g. `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10`. */
export function formatRule(rule: Rule): string {
  let text = `FREQ=${rule.freq}`;
  if (rule.interval !== 1) text += `;INTERVAL=${String(rule.interval)}`;
  if (rule.byDay.length > 0) text += `;BYDAY=${rule.byDay.map(formatByDay).join(',')}`;
  if (rule.until !== undefined) text += `;UNTIL=${toBasicDate(rule.until)}`;
  if (rule.count !== undefined) text += `;COUNT=${String(rule.count)}`;
  return text;
}

export function weekdayIndex(day: Weekday): WeekdayIndex {
  return WEEKDAYS.indexOf(day) as WeekdayIndex;
}

export function weekdayAt(date: string): Weekday {
  return WEEKDAYS[weekdayOf(date)];
}

/**
 * The date of the `position`-th such weekday of the month that `firstOfMonth` begins
 * (negative counts from the end), or undefined when the month has no such day.
 */
export function nthWeekdayOfMonth(firstOfMonth: string, position: number, day: Weekday): string | undefined {
  const year = yearOf(firstOfMonth);
  const month = monthOf(firstOfMonth);
  const length = daysInMonth(year, month);
  const target = weekdayIndex(day);
  let dayNumber: number;
  if (position > 0) {
    const first = 1 + ((target - weekdayOf(firstOfMonth) + 7) % 7);
    dayNumber = first + (position - 1) * 7;
  } else {
    const lastDate = dateOf(year, month, length);
    const last = length - ((weekdayOf(lastDate) - target + 7) % 7);
    dayNumber = last + (position + 1) * 7;
  }
  return dayNumber >= 1 && dayNumber <= length ? dateOf(year, month, dayNumber) : undefined;
}

/** Which of the month's weekdays a date is: 2 for the second Tuesday; `last` when it is also the last one. */
export function positionInMonth(date: string): { position: number; last: boolean } {
  const day = dayOf(date);
  return { position: Math.ceil(day / 7), last: day + 7 > daysInMonth(yearOf(date), monthOf(date)) };
}

function periodStart(rule: Rule, first: string): string {
  if (rule.freq === 'WEEKLY') return startOfWeek(first);
  if (rule.freq === 'MONTHLY') return dateOf(yearOf(first), monthOf(first), 1);
  return first;
}

function nextPeriod(rule: Rule, period: string): string {
  if (rule.freq === 'WEEKLY') return addDays(period, 7 * rule.interval);
  if (rule.freq === 'MONTHLY') return addMonthsToFirst(period, rule.interval);
  return addDays(period, rule.interval);
}

/** The candidate dates of one period, in order. */
function datesIn(rule: Rule, period: string, first: string): string[] {
  if (rule.freq === 'DAILY') {
    return rule.byDay.length === 0 || rule.byDay.some((item) => item.day === weekdayAt(period)) ? [period] : [];
  }
  if (rule.freq === 'WEEKLY') {
    if (rule.byDay.length === 0) return [addDays(period, weekdayOf(first))];
    return WEEKDAYS.flatMap((day, index) => (rule.byDay.some((item) => item.day === day) ? [addDays(period, index)] : []));
  }
  if (rule.byDay.length === 0) {
    // The same day of the month as the first; months without that day are skipped, as RFC 5545 says.
    const day = dayOf(first);
    return day <= daysInMonth(yearOf(period), monthOf(period)) ? [dateOf(yearOf(period), monthOf(period), day)] : [];
  }
  const found = new Set<string>();
  for (const { position, day } of rule.byDay) {
    if (position === 0) {
      for (let n = 1; n <= 5; n++) {
        const date = nthWeekdayOfMonth(period, n, day);
        if (date) found.add(date);
      }
    } else {
      const date = nthWeekdayOfMonth(period, position, day);
      if (date) found.add(date);
    }
  }
  return [...found].sort();
}

/**
 * Every date the rule gives, in order, starting with `first` (the first occurrence's date,
 * which the API requires to be one of them). Stops at UNTIL or COUNT; runs on lazily otherwise.
 */
export function* occurrenceDates(rule: Rule, first: string): Generator<string, void, undefined> {
  let produced = 0;
  let period = periodStart(rule, first);
  for (let step = 0; step < MAX_PERIODS; step++) {
    for (const date of datesIn(rule, period, first)) {
      if (date < first) continue;
      if ((rule.until !== undefined && date > rule.until) || (rule.count !== undefined && produced >= rule.count)) return;
      produced++;
      yield date;
    }
    period = nextPeriod(rule, period);
  }
}

/** The dates the rule gives in [`from`, `toExclusive`). */
export function datesBetween(rule: Rule, first: string, from: string, toExclusive: string): string[] {
  const out: string[] = [];
  for (const date of occurrenceDates(rule, first)) {
    if (date >= toExclusive) break;
    if (date >= from) out.push(date);
  }
  return out;
}

/** Up to `limit` dates the rule gives on or after `from`. */
export function nextDates(rule: Rule, first: string, from: string, limit: number): string[] {
  const out: string[] = [];
  if (limit <= 0) return out;
  for (const date of occurrenceDates(rule, first)) {
    if (date < from) continue;
    out.push(date);
    if (out.length >= limit) break;
  }
  return out;
}

/** Whether the rule gives this date. */
export function occursOn(rule: Rule, first: string, date: string): boolean {
  if (date < first) return false;
  for (const candidate of occurrenceDates(rule, first)) {
    if (candidate === date) return true;
    if (candidate > date) return false;
  }
  return false;
}

/** How many dates the rule gives and the last of them; undefined when it repeats for ever. */
export function extent(rule: Rule, first: string): { count: number; last: string | undefined } | undefined {
  if (rule.until === undefined && rule.count === undefined) return undefined;
  let count = 0;
  let last: string | undefined;
  for (const date of occurrenceDates(rule, first)) {
    count++;
    last = date;
  }
  return { count, last };
}

/**
 * Whether a rule is one the API accepts with this first date: `first` must be a date the rule
 * gives when started from the beginning of its period (e.g. a Tuesday for BYDAY=TU).
 */
export function startsOnRule(rule: Rule, first: string): boolean {
  // Expanding from the start of the period shows whether `first` is itself one of the rule's dates.
  const period = periodStart(rule, first);
  return datesIn(rule, period, first).includes(first);
}

/** The next date on or after `from` that the rule's pattern gives, ignoring COUNT and UNTIL. */
export function nextPatternDate(rule: Rule, from: string): string | undefined {
  const open: Rule = { ...rule, until: undefined, count: undefined };
  let period = periodStart(open, from);
  for (let step = 0; step < 400; step++) {
    const found = datesIn(open, period, from).find((date) => date >= from);
    if (found !== undefined) return found;
    period = nextPeriod({ ...open, interval: 1 }, period);
  }
  return undefined;
}
