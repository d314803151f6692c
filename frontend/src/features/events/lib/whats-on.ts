import type { OccurrenceQuery } from '../api/list-occurrences';
import type { Audience, EventCategory, Occurrence } from '../types';
import { addDays, isDate, startOfWeek, toLondon } from './dates';
import { AUDIENCES, CATEGORIES, isOneOf } from './labels';

/** What the What's on page shows. All of it lives in the address, so a view can be shared. */
export interface WhatsOnView {
  /** The Monday of the week shown. */
  week: string;
  view: 'week' | 'list';
  category: EventCategory | undefined;
  audience: Audience | undefined;
  space: string | undefined;
  partner: string | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the view from a query string, quietly dropping anything the API would refuse. */
export function parseWhatsOn(params: URLSearchParams, today: string): WhatsOnView {
  const week = params.get('week') ?? '';
  const space = params.get('space') ?? '';
  const partner = params.get('partner') ?? '';
  const category = params.get('category');
  const audience = params.get('audience');
  return {
    week: startOfWeek(isDate(week) ? week : today),
    view: params.get('view') === 'list' ? 'list' : 'week',
    category: isOneOf(CATEGORIES, category) ? category : undefined,
    audience: isOneOf(AUDIENCES, audience) ? audience : undefined,
    space: UUID.test(space) ? space : undefined,
    partner: UUID.test(partner) ? partner : undefined,
  };
}

const PARAMS = ['week', 'view', 'category', 'audience', 'space', 'partner'] as const;

/**
 * Writes the view into a query string, keeping any other parameters in `base`, in one order so
 * the same view has the same address. This week and the week view are the defaults and left out.
 */
export function writeWhatsOn(view: WhatsOnView, today: string, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of PARAMS) params.delete(name);
  if (view.week !== startOfWeek(today)) params.set('week', view.week);
  if (view.view === 'list') params.set('view', 'list');
  if (view.category) params.set('category', view.category);
  if (view.audience) params.set('audience', view.audience);
  if (view.space) params.set('space', view.space);
  if (view.partner) params.set('partner', view.partner);
  return params;
}

/** The `GET /api/v1/occurrences` query for the place's week with the view's filters. */
export function toOccurrenceQuery(placeId: string, view: WhatsOnView): OccurrenceQuery {
  const query: OccurrenceQuery = { from: view.week, to: addDays(view.week, 6), place: placeId };
  if (view.category) query.category = view.category;
  if (view.audience) query.audience = view.audience;
  if (view.space) query.space = view.space;
  if (view.partner) query.partner = view.partner;
  return query;
}

export function countFilters(view: WhatsOnView): number {
  return [view.category, view.audience, view.space, view.partner].filter((value) => value !== undefined).length;
}

export interface DayOfWeek {
  date: string;
  occurrences: Occurrence[];
}

/**
 * The week's seven days, Monday first, each with the occurrences that start on it in London
 * (a moved one on its new day), in time order.
 */
export function groupByDay(week: string, occurrences: readonly Occurrence[]): DayOfWeek[] {
  const days: DayOfWeek[] = Array.from({ length: 7 }, (_, index) => ({ date: addDays(week, index), occurrences: [] }));
  for (const occurrence of occurrences) {
    const date = toLondon(occurrence.start)?.date;
    days.find((day) => day.date === date)?.occurrences.push(occurrence);
  }
  for (const day of days) day.occurrences.sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
  return days;
}
