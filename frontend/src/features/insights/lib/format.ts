import { formatCount } from '@/lib/format';
import type { Benchmark, IndicatorValue } from '../types';

type Kind = IndicatorValue['kind'];

/** A proportion as a whole percentage (0.6234 → "62%"), a mean to one decimal (4.27 → "4.3"). */
export function formatValue(kind: Kind, value: number): string {
  return kind === 'proportion' ? `${String(Math.round(value * 100))}%` : (Math.round(value * 10) / 10).toFixed(1);
}

/** "between 48% and 74%" — the 95% interval in words. */
export function formatInterval(kind: Kind, low: number, high: number): string {
  return `between ${formatValue(kind, low)} and ${formatValue(kind, high)}`;
}

/** "based on 50 answers" (the base `n`). */
export function formatBase(n: number): string {
  return `based on ${formatCount(n)} ${n === 1 ? 'answer' : 'answers'}`;
}

/**
 * Why a figure is not shown: too few answers (primary suppression), or hidden because a small
 * group next to it could otherwise be worked out from the total (secondary suppression).
 */
export function suppressionReason(item: Pick<IndicatorValue, 'suppression' | 'n'>, threshold: number): string {
  if (item.suppression === 'secondary') return 'hidden so that a small group can’t be worked out';
  return `fewer than ${formatCount(threshold)} responses`;
}

/** True when the item has a value to show. */
export function isShown(item: IndicatorValue | undefined): item is IndicatorValue & { value: number } {
  return item !== undefined && !item.suppressed && item.value !== undefined;
}

/**
 * One figure in words, for text alternatives and tables: "62% (between 48% and 74%), based on 50
 * answers", or "not shown: fewer than 10 responses (7 answered)".
 */
export function describeValue(item: IndicatorValue | undefined, threshold: number): string {
  if (item === undefined) return 'no answers';
  if (!isShown(item)) {
    return `not shown: ${suppressionReason(item, threshold)} (${formatCount(item.n)} answered)`;
  }
  const interval =
    item.ciLow !== undefined && item.ciHigh !== undefined ? ` (${formatInterval(item.kind, item.ciLow, item.ciHigh)})` : '';
  return `${formatValue(item.kind, item.value)}${interval}, ${formatBase(item.n)}`;
}

/** "England: 62% in 2024/25 (Community Life Survey)". */
export function formatBenchmark(kind: Kind, benchmark: Benchmark): string {
  return `England: ${formatValue(kind, benchmark.value)} in ${benchmark.year} (${benchmark.source})`;
}

export interface Change {
  /** e.g. "Up 5 points since Apr–Jun 2026 (57%)" or "Not enough answers to compare". */
  text: string;
  /** How much to read into it, when there is a change to read. */
  note?: string;
  direction: 'up' | 'down' | 'same' | 'unknown';
}

/**
 * The change from the previous period to the latest, in the points people see (the difference of
 * the rounded figures). When the two 95% intervals overlap, says the change may be chance.
 */
export function describeChange(previous: IndicatorValue | undefined, latest: IndicatorValue | undefined, previousLabel: string): Change {
  if (!isShown(previous) || !isShown(latest)) {
    return { text: 'Not enough answers to compare with the period before.', direction: 'unknown' };
  }
  const kind = latest.kind;
  const scale = kind === 'proportion' ? 100 : 10;
  const before = Math.round(previous.value * scale);
  const now = Math.round(latest.value * scale);
  const steps = now - before;
  const amount = kind === 'proportion' ? `${String(Math.abs(steps))} ${Math.abs(steps) === 1 ? 'point' : 'points'}` : (Math.abs(steps) / 10).toFixed(1);
  const since = `since ${previousLabel} (${formatValue(kind, previous.value)})`;
  const overlap =
    previous.ciLow !== undefined &&
    previous.ciHigh !== undefined &&
    latest.ciLow !== undefined &&
    latest.ciHigh !== undefined &&
    previous.ciLow <= latest.ciHigh &&
    latest.ciLow <= previous.ciHigh;
  if (steps === 0) return { text: `No change ${since}.`, direction: 'same' };
  const change: Change = { text: `${steps > 0 ? 'Up' : 'Down'} ${amount} ${since}.`, direction: steps > 0 ? 'up' : 'down' };
  change.note = overlap
    ? 'The two ranges overlap, so this change may be down to chance.'
    : 'The two ranges do not overlap, so this is unlikely to be chance alone.';
  return change;
}

/** "fewer than 10 responses" → "Fewer than 10 responses". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
