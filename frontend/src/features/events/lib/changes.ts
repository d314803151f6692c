import type { Event, EventInput, OccurrenceChange, OccurrenceChangeInput } from '../types';
import { toLocalInput } from './dates';

/**
 * Turning an event as the API returns it back into what the API takes, so one date can be
 * cancelled or restored with a PUT of the whole event (and its ETag).
 */

/** A stored cancelled or moved date, as the API takes it back: local wall-clock times, no `cancelled: false`. */
export function changeToInput(change: OccurrenceChange): OccurrenceChangeInput {
  const input: OccurrenceChangeInput = { date: change.date };
  if (change.cancelled) {
    input.cancelled = true;
  } else {
    if (change.start !== undefined) input.start = toLocalInput(change.start) ?? change.start;
    if (change.end !== undefined) input.end = toLocalInput(change.end) ?? change.end;
  }
  if (change.note !== undefined && change.note !== '') input.note = change.note;
  return input;
}

/** The event as an EventInput, unchanged. Times go back as London wall-clock `YYYY-MM-DDTHH:MM`. */
export function eventToInput(event: Event): EventInput {
  const input: EventInput = {
    placeId: event.placeId,
    hostPartnerIds: event.hosts.map((host) => host.id),
    title: event.title,
    category: event.category,
    status: event.status,
    start: toLocalInput(event.start) ?? event.start,
    end: toLocalInput(event.end) ?? event.end,
  };
  if (event.spaceId !== undefined) input.spaceId = event.spaceId;
  if (event.description !== undefined) input.description = event.description;
  if (event.audiences.length > 0) input.audiences = [...event.audiences];
  if (event.languages.length > 0) input.languages = [...event.languages];
  if (event.cost !== undefined) input.cost = event.cost;
  if (event.bookingUrl !== undefined) input.bookingUrl = event.bookingUrl;
  if (event.capacity !== undefined) input.capacity = event.capacity;
  if (event.accessibilityNotes !== undefined) input.accessibilityNotes = event.accessibilityNotes;
  if (event.recurrence !== undefined) {
    input.recurrence = event.recurrence;
    if (event.exceptions.length > 0) input.exceptions = event.exceptions.map(changeToInput);
  }
  return input;
}

/** Whether cancelling a date means cancelling the whole event: a one-off has no separate dates. */
export function isOneOff(event: Pick<Event, 'recurrence'>): boolean {
  return event.recurrence === undefined || event.recurrence === '';
}

/**
 * The event with one date cancelled: an exception `{date, cancelled: true, note}` replacing any
 * earlier change of that date. A one-off event is cancelled as a whole (its status).
 */
export function withDateCancelled(event: Event, date: string, note?: string): EventInput {
  const input = eventToInput(event);
  if (isOneOff(event)) return { ...input, status: 'cancelled' };
  const change: OccurrenceChangeInput = { date, cancelled: true };
  const trimmed = note?.trim();
  if (trimmed) change.note = trimmed;
  const others = (input.exceptions ?? []).filter((item) => item.date !== date);
  return { ...input, exceptions: [...others, change].sort((a, b) => a.date.localeCompare(b.date)) };
}

/** The event with a cancelled date back on the schedule (a one-off event goes ahead again). */
export function withDateRestored(event: Event, date: string): EventInput {
  const input = eventToInput(event);
  if (isOneOff(event)) return { ...input, status: 'scheduled' };
  const exceptions = (input.exceptions ?? []).filter((item) => item.date !== date);
  if (exceptions.length > 0) return { ...input, exceptions };
  delete input.exceptions;
  return input;
}

/** The stored change for a date, if it was cancelled or moved. */
export function changeOn(event: Pick<Event, 'exceptions'>, date: string): OccurrenceChange | undefined {
  return event.exceptions.find((change) => change.date === date);
}
