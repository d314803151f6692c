import { formatCount } from '@/lib/format';
import type { Benchmark, Breakdown, GapRow, IndicatorResult, IndicatorValue, Reach, Space } from '../types';
import { toCsv } from './csv';
import { describeChange, describeValue, formatBenchmark, isShown, suppressionReason, type Change } from './format';
import { BREAKDOWN_LABELS, KEY_INDICATORS, PLACE_STANDARD_THEMES, groupLabel, partnerTypeLabel, periodLabel, placeStandardCode, type KeyIndicator } from './labels';
import { PRIORITY_LABELS, priorityBand } from './priority';
import { trendSeries, type PeriodUnit, type TrendPoint } from './series';

// What each part of the dashboard shows, in words (the charts' text alternatives) and as CSV
// (made in the browser from the same data).

/** One indicator over time, as the trend chart shows it. */
export interface TrendData {
  title: string;
  indicator: string;
  label: string;
  kind: IndicatorValue['kind'];
  points: readonly TrendPoint[];
  benchmark: Benchmark | undefined;
  threshold: number;
  /** Words for one period, e.g. "quarter". */
  unitWord: string;
}

/** One indicator for each group of a breakdown, as the breakdown chart shows it. */
export interface BreakdownData {
  title: string;
  indicator: string;
  label: string;
  breakdown: Breakdown;
  items: readonly IndicatorValue[];
  threshold: number;
}

export interface Headline {
  indicator: KeyIndicator;
  label: string;
  kind: IndicatorValue['kind'];
  latest: TrendPoint;
  previous: TrendPoint | undefined;
  change: Change;
  benchmark: IndicatorValue['benchmark'];
}

/** The key indicators' latest period, compared with the one before, for every indicator anyone answered. */
export function headlines(result: IndicatorResult, unit: PeriodUnit): Headline[] {
  return KEY_INDICATORS.flatMap((indicator) => {
    const any = result.items.find((item) => item.indicator === indicator);
    if (!any) return [];
    const series = trendSeries(result, indicator, unit);
    const latest = series[series.length - 1];
    if (!latest) return [];
    const previous = series.length > 1 ? series[series.length - 2] : undefined;
    return [
      {
        indicator,
        label: any.label,
        kind: any.kind,
        latest,
        previous,
        change: describeChange(previous?.item, latest.item, previous ? periodLabel(previous.period) : 'the period before'),
        benchmark: any.benchmark,
      },
    ];
  });
}

/** The headline figures as CSV rows: one row per indicator. */
export function headlinesCsv(rows: readonly Headline[], threshold: number): string {
  return toCsv(
    [
      'indicator',
      'label',
      'period',
      'n',
      'value',
      'ci_low',
      'ci_high',
      'not_shown_because',
      'previous_period',
      'previous_n',
      'previous_value',
      'change',
      'england_value',
      'england_year',
      'england_source',
      'england_note',
    ],
    rows.map((row) => {
      const item = row.latest.item;
      const before = row.previous?.item;
      return [
        row.indicator,
        row.label,
        row.latest.period,
        item?.n ?? 0,
        item?.value,
        item?.ciLow,
        item?.ciHigh,
        item && !isShown(item) ? suppressionReason(item, threshold) : item ? '' : 'no answers',
        row.previous?.period,
        before?.n,
        before?.value,
        row.change.text,
        row.benchmark?.value,
        row.benchmark?.year,
        row.benchmark?.source,
        row.benchmark?.note,
      ];
    }),
  );
}

/** The trend in words, for people who cannot see the chart. */
export function describeTrend(props: Omit<TrendData, 'indicator' | 'label'>): string {
  const parts = props.points.map((point) => `${periodLabel(point.period)}: ${describeValue(point.item, props.threshold)}`);
  const england = props.benchmark ? ` ${formatBenchmark(props.kind, props.benchmark)}.` : '';
  return `${props.title}, by ${props.unitWord}. ${parts.join('; ')}.${england}`;
}

export function trendCsv(props: Pick<TrendData, 'indicator' | 'label' | 'points' | 'threshold'>): string {
  return toCsv(
    ['period', 'period_start', 'indicator', 'label', 'n', 'value', 'ci_low', 'ci_high', 'not_shown_because'],
    props.points.map((point) => {
      const item = point.item;
      return [
        point.period,
        point.periodStart,
        props.indicator,
        props.label,
        item?.n ?? 0,
        item?.value,
        item?.ciLow,
        item?.ciHigh,
        item === undefined ? 'no answers' : isShown(item) ? '' : suppressionReason(item, props.threshold),
      ];
    }),
  );
}

export function describeBreakdown(props: Pick<BreakdownData, 'title' | 'breakdown' | 'items' | 'threshold'>): string {
  const parts = props.items.map((item) => `${groupLabel(props.breakdown, item.group)}: ${describeValue(item, props.threshold)}`);
  return `${props.title}, by ${BREAKDOWN_LABELS[props.breakdown].toLowerCase()}. ${parts.join('; ')}.`;
}

export function breakdownCsv(props: Omit<BreakdownData, 'title'>): string {
  return toCsv(
    ['indicator', 'label', 'breakdown', 'group', 'group_label', 'n', 'value', 'ci_low', 'ci_high', 'suppression', 'not_shown_because'],
    props.items.map((item) => [
      props.indicator,
      props.label,
      props.breakdown,
      item.group,
      groupLabel(props.breakdown, item.group),
      item.n,
      item.value,
      item.ciLow,
      item.ciHigh,
      item.suppression,
      isShown(item) ? '' : suppressionReason(item, props.threshold),
    ]),
  );
}

export interface Theme {
  index: number;
  name: string;
  item: IndicatorValue | undefined;
}

/** The 14 themes with their values (overall, not by period) from an indicators result. */
export function compassThemes(items: readonly IndicatorValue[]): Theme[] {
  return PLACE_STANDARD_THEMES.map((name, index) => ({
    index,
    name,
    item: items.find((item) => item.indicator === placeStandardCode(index) && item.group === undefined),
  }));
}

export function describeCompass(themes: readonly Theme[], threshold: number): string {
  return `Place Standard compass, each theme scored from 1 (a lot of room for improvement, at the centre) to 7 (very little, at the rim). ${themes
    .map((theme) => `${theme.name}: ${describeValue(theme.item, threshold)}`)
    .join('; ')}.`;
}

export function compassCsv(themes: readonly Theme[], threshold: number): string {
  return toCsv(
    ['theme_number', 'theme', 'indicator', 'n', 'mean', 'ci_low', 'ci_high', 'not_shown_because'],
    themes.map((theme) => [
      theme.index + 1,
      theme.name,
      placeStandardCode(theme.index),
      theme.item?.n ?? 0,
      theme.item?.value,
      theme.item?.ciLow,
      theme.item?.ciHigh,
      theme.item === undefined ? 'no answers' : isShown(theme.item) ? '' : suppressionReason(theme.item, threshold),
    ]),
  );
}

/** Highest score first; among equal scores, the more deprived first, then by name. */
export function sortGaps(rows: readonly GapRow[]): GapRow[] {
  return [...rows].sort((a, b) => b.score - a.score || a.imdDecile - b.imdDecile || a.name.localeCompare(b.name, 'en-GB'));
}

export function gapsCsv(rows: readonly GapRow[]): string {
  return toCsv(
    ['code', 'name', 'imd_decile', 'population', 'open_spaces', 'nearby_open_spaces', 'weekly_events', 'spaces_per_10k', 'responses', 'belonging', 'loneliness', 'score'],
    sortGaps(rows).map((row) => [
      row.code,
      row.name,
      row.imdDecile,
      row.population,
      row.openSpaces,
      row.nearbyOpenSpaces,
      row.weeklyEvents,
      row.spacesPer10k,
      row.responses,
      row.belonging,
      row.loneliness,
      row.score,
    ]),
  );
}

export interface SpacePriority {
  space: Space;
  row: GapRow | undefined;
}

/** The place's open spaces with a location, each with its neighbourhood's row (if it is recorded). */
export function spacePriorities(spaces: readonly Space[], rows: readonly GapRow[]): SpacePriority[] {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  return spaces
    .filter((space) => space.status === 'open' && space.location !== undefined)
    .map((space) => ({ space, row: space.neighbourhoodCode === undefined ? undefined : byCode.get(space.neighbourhoodCode) }))
    .sort((a, b) => (b.row?.score ?? -1) - (a.row?.score ?? -1) || a.space.name.localeCompare(b.space.name, 'en-GB'));
}

export function spacePrioritiesCsv(entries: readonly SpacePriority[]): string {
  return toCsv(
    ['space', 'neighbourhood_code', 'neighbourhood', 'score', 'priority', 'lat', 'lon'],
    entries.map(({ space, row }) => [
      space.name,
      row?.code ?? space.neighbourhoodCode,
      row?.name,
      row?.score,
      PRIORITY_LABELS[priorityBand(row?.score)],
      space.location?.lat,
      space.location?.lon,
    ]),
  );
}

export function percent(value: number | undefined): string {
  return value === undefined ? '' : `${String(Math.round(value * 100))}%`;
}

export function describeReach(reach: Reach, unitWord: string): string {
  return `Sessions and attendance by ${unitWord}. ${reach.periods
    .map(
      (period) =>
        `${periodLabel(period.period)}: ${formatCount(period.occurrencesHeld)} sessions held, attendance recorded at ${formatCount(period.occurrencesRecorded)}, ${formatCount(period.attendance)} attendances of which ${formatCount(period.firstTime)} first-time`,
    )
    .join('; ')}.`;
}

export function reachCsv(reach: Reach): string {
  return toCsv(
    ['period', 'period_start', 'occurrences_held', 'occurrences_recorded', 'attendance', 'first_time'],
    reach.periods.map((period) => [
      period.period,
      period.periodStart,
      period.occurrencesHeld,
      period.occurrencesRecorded,
      period.attendance,
      period.firstTime,
    ]),
  );
}

export function partnersCsv(reach: Reach): string {
  return toCsv(
    ['partner_type', 'label', 'active_partners'],
    Object.entries(reach.partnersByType).map(([type, count]) => [type, partnerTypeLabel(type), count]),
  );
}

/** "3 of 8 events (38%)". */
export function coHostedWords(reach: Reach): string {
  if (reach.events === 0 || reach.coHostedShare === undefined) return 'No events were on in this window.';
  return `${formatCount(reach.coHostedEvents)} of ${formatCount(reach.events)} events (${String(Math.round(reach.coHostedShare * 100))}%) were hosted by two or more partners together.`;
}
