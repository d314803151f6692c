import { DAYS, DAY_LABELS } from './labels';
import type { OpeningHours, OpeningDay, OpeningPeriod } from '../types';

/** "09:30" → "9:30am", "17:00" → "5pm", "12:00" → "midday", "00:00" and "24:00" → "midnight". */
export function formatTime(value: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return value;
  const hours = Number(match[1]);
  const minutes = match[2] ?? '00';
  if ((hours === 0 || hours === 24) && minutes === '00') return 'midnight';
  if (hours === 12 && minutes === '00') return 'midday';
  const suffix = hours < 12 ? 'am' : 'pm';
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === '00' ? `${String(twelve)}${suffix}` : `${String(twelve)}:${minutes}${suffix}`;
}

export interface DaySchedule {
  day: OpeningDay;
  label: string;
  /** Each period as “9:30am to 5pm”, in time order; empty when closed all day. */
  periods: string[];
}

/** The weekly schedule, Monday first, a row per day (days not listed are closed). */
export function weeklySchedule(hours: OpeningHours | undefined): DaySchedule[] {
  const periods = hours?.periods ?? [];
  return DAYS.map((day) => ({
    day,
    label: DAY_LABELS[day],
    periods: periods
      .filter((period: OpeningPeriod) => period.day === day)
      .sort((a, b) => a.opens.localeCompare(b.opens))
      .map((period) => `${formatTime(period.opens)} to ${formatTime(period.closes)}`),
  }));
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

/** An RFC 3339 timestamp → "24 November 2026 at 10:05am" (UK time); the input itself if it is not a date. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const parts = dateTimeFormat.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} at ${part('hour')}:${part('minute')}${part('dayPeriod').toLowerCase().replace(/\s|\./g, '')}`;
}
