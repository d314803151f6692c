/**
 * Dates as the journeys need them: London calendar days (`YYYY-MM-DD`) relative to today, and
 * the words the SPA shows for them. Journeys run on any day, so they work dates out, never fix them.
 */

const LONDON = 'Europe/London';

/** Today's date in London. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** `2026-12-01` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  const at = utc(date);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The Monday of the week `date` is in. */
export function mondayOf(date: string): string {
  return addDays(date, -((utc(date).getUTCDay() + 6) % 7));
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

/** `2026-12-01` → "Tuesday 1 December", as the SPA names an event's dates. */
export function dayAndMonth(date: string): string {
  return dayMonth.format(utc(date)).replace(',', '');
}

/** `2026-12-01` → "Tuesday". */
export function weekdayName(date: string): string {
  return weekday.format(utc(date));
}

