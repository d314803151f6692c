import type { IndicatorResult, IndicatorValue } from '../types';

export type PeriodUnit = 'month' | 'quarter' | 'year';

/** `2026-07-01` → the contract's period name: `2026-Q3` (quarter), `2026-07` (month) or `2026` (year). */
export function periodName(start: string, unit: PeriodUnit): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7));
  if (unit === 'year') return year;
  if (unit === 'month') return start.slice(0, 7);
  return `${year}-Q${String(Math.floor((month - 1) / 3) + 1)}`;
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriodStart(start: string, unit: PeriodUnit): string {
  const date = new Date(`${start}T00:00:00Z`);
  const months = unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1;
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

export interface PeriodSlot {
  period: string;
  periodStart: string;
}

/**
 * Every period from the first to the last that has any answers, with none skipped: a period in
 * which nobody answered is not in the API's result, but a trend must show it as a gap.
 */
export function periodSlots(items: readonly IndicatorValue[], unit: PeriodUnit): PeriodSlot[] {
  const starts = [...new Set(items.flatMap((item) => (item.periodStart === undefined ? [] : [item.periodStart])))].sort();
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (first === undefined || last === undefined) return [];
  const slots: PeriodSlot[] = [];
  for (let start = first; start <= last && slots.length < 400; start = nextPeriodStart(start, unit)) {
    slots.push({ period: periodName(start, unit), periodStart: start });
  }
  return slots;
}

export interface TrendPoint extends PeriodSlot {
  /** The indicator's value in this period; absent when nobody answered it. */
  item: IndicatorValue | undefined;
}

/** One indicator's values over every period of the result, gaps included. */
export function trendSeries(result: IndicatorResult, indicator: string, unit: PeriodUnit): TrendPoint[] {
  const byStart = new Map(result.items.filter((item) => item.indicator === indicator).map((item) => [item.periodStart, item]));
  return periodSlots(result.items, unit).map((slot) => ({ ...slot, item: byStart.get(slot.periodStart) }));
}
