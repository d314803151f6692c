import type { IndicatorQuery } from '../api/list-indicators';
import type { ReachQuery } from '../api/get-reach';
import type { Breakdown } from '../types';
import { isBreakdown, isKeyIndicator, type KeyIndicator } from './labels';

export const INTERVALS = ['quarter', 'month', 'year', 'none'] as const;
export type Interval = (typeof INTERVALS)[number];

/** What the Insights dashboard shows. All of it lives in the address, so a view can be shared. */
export interface InsightsView {
  /** First and last day of responses counted (YYYY-MM-DD). */
  from: string | undefined;
  to: string | undefined;
  interval: Interval;
  /** An LSOA code. */
  neighbourhood: string | undefined;
  breakdown: Breakdown | undefined;
  /** The indicator the trend and breakdown charts show. */
  measure: KeyIndicator;
  space: string | undefined;
  event: string | undefined;
  survey: string | undefined;
}

export const DEFAULT_VIEW: InsightsView = {
  from: undefined,
  to: undefined,
  interval: 'quarter',
  neighbourhood: undefined,
  breakdown: undefined,
  measure: 'belonging',
  space: undefined,
  event: undefined,
  survey: undefined,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LSOA = /^E01[0-9]{6}$/;

/** A real calendar date written YYYY-MM-DD. */
export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function pick(value: string | null, valid: (value: string) => boolean): string | undefined {
  return value !== null && valid(value) ? value : undefined;
}

/** Reads the view from a query string, quietly dropping anything the API would refuse. */
export function parseInsights(params: URLSearchParams): InsightsView {
  const interval = params.get('interval');
  const breakdown = params.get('breakdown');
  const measure = params.get('measure');
  const from = pick(params.get('from'), isDate);
  let to = pick(params.get('to'), isDate);
  // An end before the start would be refused; keep the start.
  if (from !== undefined && to !== undefined && to < from) to = undefined;
  return {
    from,
    to,
    interval: (INTERVALS as readonly (string | null)[]).includes(interval) ? (interval as Interval) : DEFAULT_VIEW.interval,
    neighbourhood: pick(params.get('neighbourhood'), (value) => LSOA.test(value)),
    breakdown: isBreakdown(breakdown) ? breakdown : undefined,
    measure: isKeyIndicator(measure) ? measure : DEFAULT_VIEW.measure,
    space: pick(params.get('space'), (value) => UUID.test(value)),
    event: pick(params.get('event'), (value) => UUID.test(value)),
    survey: pick(params.get('survey'), (value) => UUID.test(value)),
  };
}

const PARAMS = ['from', 'to', 'interval', 'neighbourhood', 'breakdown', 'measure', 'space', 'event', 'survey'] as const;

/**
 * Writes the view into a query string, keeping any other parameters in `base`, in one order so
 * the same view has one address. Defaults (quarters, belonging) are left out.
 */
export function writeInsights(view: InsightsView, base?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of PARAMS) params.delete(name);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.interval !== DEFAULT_VIEW.interval) params.set('interval', view.interval);
  if (view.neighbourhood) params.set('neighbourhood', view.neighbourhood);
  if (view.breakdown) params.set('breakdown', view.breakdown);
  if (view.measure !== DEFAULT_VIEW.measure) params.set('measure', view.measure);
  if (view.space) params.set('space', view.space);
  if (view.event) params.set('event', view.event);
  if (view.survey) params.set('survey', view.survey);
  return params;
}

/** How many filters narrow the figures (the measure and interval only change how they are shown). */
export function countFilters(view: InsightsView): number {
  return [view.from, view.to, view.neighbourhood, view.breakdown, view.space, view.event, view.survey].filter(
    (value) => value !== undefined,
  ).length;
}

/** Filters only signed-in people may use (the API answers 401 to anyone else). */
export function signedInFilters(view: InsightsView): ('breakdown' | 'space' | 'event' | 'survey')[] {
  return (['breakdown', 'space', 'event', 'survey'] as const).filter((name) => view[name] !== undefined);
}

/** The interval of the headline cards and the trend: quarters when the view asks for none. */
export function periodInterval(view: InsightsView): Exclude<Interval, 'none'> {
  return view.interval === 'none' ? 'quarter' : view.interval;
}

/**
 * The `GET /api/v1/indicators` query for the view. Space, event and survey are only sent for
 * signed-in people; `shape` sets the interval, breakdown and indicators of one chart.
 */
export function toIndicatorQuery(
  placeId: string,
  view: InsightsView,
  signedIn: boolean,
  shape: Pick<IndicatorQuery, 'interval' | 'breakdown' | 'indicator'>,
): IndicatorQuery {
  const query: IndicatorQuery = { place: placeId };
  if (view.neighbourhood) query.neighbourhood = view.neighbourhood;
  if (view.from) query.from = view.from;
  if (view.to) query.to = view.to;
  if (signedIn) {
    if (view.space) query.space = view.space;
    if (view.event) query.event = view.event;
    if (view.survey) query.survey = view.survey;
  }
  if (shape.interval) query.interval = shape.interval;
  if (shape.breakdown) query.breakdown = shape.breakdown;
  if (shape.indicator) query.indicator = shape.indicator;
  return query;
}

/** The `GET /api/v1/places/{id}/reach` query: the same window, in periods of the view's interval. */
export function toReachQuery(view: InsightsView): ReachQuery {
  const query: ReachQuery = { interval: periodInterval(view) };
  if (view.from) query.from = view.from;
  if (view.to) query.to = view.to;
  return query;
}
