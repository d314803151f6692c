/**
 * Calendar dates and wall-clock times in Europe/London, where every event happens.
 *
 * A date is a `YYYY-MM-DD` string and a time an `HH:MM` string: what a clock on the wall in
 * London shows. Arithmetic on dates runs on UTC midnights, so the clock changes never shift a
 * day. Instants from the API (`2026-12-01T10:00:00Z`, `2027-06-01T10:00:00+01:00`) are turned
 * into London wall-clock time with `Intl.DateTimeFormat`, whatever zone the browser is in.
 */

export const LONDON = 'Europe/London';

/** Monday = 0 … Sunday = 6. */
export type WeekdayIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** True for a time of day written `HH:MM` (00:00 to 23:59). */
export function isTime(value: string): boolean {
  return TIME.test(value);
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function ymd(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const at = utc(date);
  at.setUTCDate(at.getUTCDate() + days);
  return ymd(at);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b).getTime() - utc(a).getTime()) / 86_400_000);
}

/** Monday = 0 … Sunday = 6. */
export function weekdayOf(date: string): WeekdayIndex {
  return ((utc(date).getUTCDay() + 6) % 7) as WeekdayIndex;
}

/** The Monday of the week the date is in. */
export function startOfWeek(date: string): string {
  return addDays(date, -weekdayOf(date));
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** 1 = January. */
export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

export function dayOf(date: string): number {
  return Number(date.slice(8, 10));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` from parts; `month` is 1-based. */
export function dateOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of the month `months` after the date's month. */
export function addMonthsToFirst(date: string, months: number): string {
  const index = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  return dateOf(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** `20270331` (an RRULE UNTIL) ↔ `2027-03-31`. */
export function fromBasicDate(value: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  if (!match) return undefined;
  const date = `${match[1] ?? ''}-${match[2] ?? ''}-${match[3] ?? ''}`;
  return isDate(date) ? date : undefined;
}

export function toBasicDate(date: string): string {
  return date.replaceAll('-', '');
}

/** A London wall-clock moment. */
export interface LocalDateTime {
  date: string;
  time: string;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant → what the clock in London showed then. Undefined for something that is not a time. */
export function toLondon(instant: string | Date): LocalDateTime | undefined {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) return undefined;
  const parts = partsFormat.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** `2026-12-01T10:00:00Z` → `2026-12-01T10:00`: what the API takes as a local date-time. */
export function toLocalInput(instant: string): string | undefined {
  const local = toLondon(instant);
  return local ? `${local.date}T${local.time}` : undefined;
}

/** Today's date in London. */
export function todayInLondon(now: Date = new Date()): string {
  return toLondon(now)?.date ?? ymd(now);
}

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const plainDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayNumberMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

function formatWith(format: Intl.DateTimeFormat, date: string): string {
  return isDate(date) ? format.format(utc(date)).replace(',', '') : date;
}

/** `2026-12-01` → "Tuesday 1 December 2026". */
export function formatLongDate(date: string): string {
  return formatWith(longDate, date);
}

/** `2026-12-01` → "1 December 2026". */
export function formatPlainDate(date: string): string {
  return formatWith(plainDate, date);
}

/** `2026-12-01` → "Tuesday 1 December". */
export function formatDayMonth(date: string): string {
  return formatWith(dayMonth, date);
}

/** `2026-12-01` → "Tue 1 Dec". */
export function formatShortDay(date: string): string {
  return formatWith(shortDay, date);
}

/** A week, Monday to Sunday: "7 to 13 December 2026", "28 December 2026 to 3 January 2027". */
export function formatWeek(monday: string): string {
  const sunday = addDays(monday, 6);
  if (yearOf(monday) !== yearOf(sunday)) return `${formatPlainDate(monday)} to ${formatPlainDate(sunday)}`;
  if (monthOf(monday) !== monthOf(sunday)) return `${formatWith(dayNumberMonth, monday)} to ${formatPlainDate(sunday)}`;
  return `${String(dayOf(monday))} to ${formatPlainDate(sunday)}`;
}

/**
 * A start and end in London time: "10:00–12:00"; "22:00–02:00 the next day" when it runs past
 * midnight; "10:00 until 12:00 3 days later" for longer.
 */
export function formatTimeRange(start: LocalDateTime, end: LocalDateTime): string {
  const days = daysBetween(start.date, end.date);
  if (days <= 0) return `${start.time}–${end.time}`;
  if (days === 1) return `${start.time}–${end.time} the next day`;
  return `${start.time} until ${end.time} ${String(days)} days later`;
}

/** Two API instants → "10:00–12:00" in London time. */
export function formatInstantRange(start: string, end: string): string {
  const from = toLondon(start);
  const to = toLondon(end);
  return from && to ? formatTimeRange(from, to) : '';
}
