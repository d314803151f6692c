import { formatCount, pluralise } from '@/lib/format';
import type { Attendance, Occurrence, PartnerRef } from '../types';
import { formatInstantRange, formatShortDay, toLondon } from './dates';
import { listInWords } from './schedule-words';

/** "Moved from Tue 1 Dec, 10:00" for a moved occurrence. */
export function movedFrom(occurrence: Pick<Occurrence, 'originalStart'>): string | undefined {
  if (occurrence.originalStart === undefined) return undefined;
  const from = toLondon(occurrence.originalStart);
  return from ? `Moved from ${formatShortDay(from.date)}, ${from.time}` : undefined;
}

/** "Co-hosted by A and B" as plain text. */
export function hostsText(hosts: readonly PartnerRef[]): string {
  if (hosts.length === 0) return '';
  return `${hosts.length > 1 ? 'Co-hosted' : 'Hosted'} by ${listInWords(hosts.map((host) => host.name))}`;
}

/** "18 people came, 3 for the first time"; "No one came". */
export function attendanceText(attendance: Pick<Attendance, 'total' | 'firstTime'>): string {
  if (attendance.total === 0) return 'No one came';
  return `${pluralise(attendance.total, 'person', 'people')} came, ${formatCount(attendance.firstTime)} for the first time`;
}

/** The occurrence's time in London, e.g. "10:00–12:00". */
export function occurrenceTimes(occurrence: Pick<Occurrence, 'start' | 'end'>): string {
  return formatInstantRange(occurrence.start, occurrence.end);
}

/** The London date it happens on: the new one when it was moved. */
export function occurrenceDay(occurrence: Pick<Occurrence, 'start' | 'date'>): string {
  return toLondon(occurrence.start)?.date ?? occurrence.date;
}

/** Whether it has started by `now` (so attendance can be recorded). */
export function hasStarted(occurrence: Pick<Occurrence, 'start'>, now: number): boolean {
  return new Date(occurrence.start).getTime() <= now;
}
