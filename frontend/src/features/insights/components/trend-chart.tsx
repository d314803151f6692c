import { useId, useRef } from 'react';
import { formatCount } from '@/lib/format';
import { csvFileName } from '../lib/csv';
import { formatBenchmark, formatInterval, formatValue, isShown, suppressionReason } from '../lib/format';
import { periodLabel, periodShort } from '../lib/labels';
import type { TrendPoint } from '../lib/series';
import { useWidth } from '../lib/use-width';
import type { Benchmark, IndicatorValue } from '../types';
import { describeTrend, trendCsv } from '../lib/views';
import { ChartFrame } from './chart-frame';

export interface TrendChartProps {
  title: string;
  /** The indicator's code and full label, for the CSV. */
  indicator: string;
  label: string;
  kind: IndicatorValue['kind'];
  points: readonly TrendPoint[];
  benchmark: Benchmark | undefined;
  threshold: number;
  /** Words for one period, e.g. "quarter". */
  unitWord: string;
  placeName: string;
}

const HEIGHT = 260;
const MARGIN = { top: 16, right: 16, bottom: 36, left: 46 };
/** Room on the right for England's figure, written beside its line rather than over the points. */
const BENCHMARK_ROOM = 64;

/**
 * An indicator over time: a point for each period with its 95% interval as an error bar and a
 * shaded band; periods without a figure are left as marked gaps, and England's figure is a
 * dashed line.
 */
export function TrendChart(props: TrendChartProps) {
  const { title, kind, points, benchmark, threshold, placeName } = props;
  const ref = useRef<HTMLDivElement>(null);
  const width = Math.max(280, useWidth(ref, 640));
  const tableId = useId();

  // Proportions start at 0 and go up to the first of 25%, 50%, 75% or 100% that holds every
  // interval and England's figure, so a low figure such as loneliness is not squashed flat.
  const highest = Math.max(
    benchmark?.value ?? 0,
    ...points.map((point) => (isShown(point.item) ? (point.item.ciHigh ?? point.item.value) : 0)),
  );
  const top = [0.25, 0.5, 0.75, 1].find((limit) => highest <= limit) ?? 1;
  const [min, max] = kind === 'proportion' ? [0, top] : [1, 7];
  const tickStep = top <= 0.25 ? 0.05 : top <= 0.5 ? 0.1 : 0.25;
  const ticks =
    kind === 'proportion'
      ? Array.from({ length: Math.round(top / tickStep) + 1 }, (_, index) => Math.round(index * tickStep * 100) / 100)
      : [1, 2, 3, 4, 5, 6, 7];
  const right = MARGIN.right + (benchmark ? BENCHMARK_ROOM : 0);
  const plotWidth = width - MARGIN.left - right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = plotWidth / Math.max(1, points.length);
  const x = (index: number) => MARGIN.left + step * (index + 0.5);
  const y = (value: number) => MARGIN.top + plotHeight * (1 - (value - min) / (max - min));
  // Label every period when they fit, otherwise every second, third, …
  const labelEvery = Math.max(1, Math.ceil((points.length * 64) / plotWidth));

  // Runs of neighbouring periods with figures: the line and band break at every gap.
  const runs: { index: number; item: IndicatorValue & { value: number } }[][] = [];
  let run: { index: number; item: IndicatorValue & { value: number } }[] = [];
  points.forEach((point, index) => {
    if (isShown(point.item)) {
      run.push({ index, item: point.item });
    } else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);

  const gaps = points.filter((point) => !isShown(point.item));

  const table = (
    <div className="table-wrap">
      <table className="table table--compact" id={tableId}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col" className="table__number">
              Figure
            </th>
            <th scope="col">95% interval</th>
            <th scope="col" className="table__number">
              Answers
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.periodStart}>
              <th scope="row">{periodLabel(point.period)}</th>
              {isShown(point.item) ? (
                <>
                  <td className="table__number">{formatValue(kind, point.item.value)}</td>
                  <td>
                    {point.item.ciLow !== undefined && point.item.ciHigh !== undefined
                      ? formatInterval(kind, point.item.ciLow, point.item.ciHigh)
                      : ''}
                  </td>
                </>
              ) : (
                <td colSpan={2} className="insights__suppressed">
                  {point.item ? suppressionReason(point.item, threshold) : 'no answers'}
                </td>
              )}
              <td className="table__number">{formatCount(point.item?.n ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <ChartFrame
      title={title}
      description={<p>Each point is the figure for one {props.unitWord}; the bar through it and the shaded band show its 95% interval, the range the true figure probably lies in.</p>}
      table={table}
      csv={() => ({ fileName: csvFileName(props.indicator, 'trend', placeName), content: trendCsv(props) })}
      notes={
        <>
          {benchmark ? (
            <p>
              <span className="trend__key trend__key--benchmark" aria-hidden="true" /> Dashed line: {formatBenchmark(kind, benchmark)}.
              {benchmark.note ? ` ${benchmark.note}` : ''}
            </p>
          ) : null}
          {gaps.length > 0 ? (
            <ul className="insights__gap-notes">
              {gaps.map((point) => (
                <li key={point.periodStart}>
                  No figure for {periodLabel(point.period)}:{' '}
                  {point.item ? `${suppressionReason(point.item, threshold)} (${formatCount(point.item.n)} answered).` : 'nobody answered.'}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      }
    >
      <div className="trend" ref={ref}>
        {points.length === 0 ? (
          <p className="insights__empty">No answers in this period.</p>
        ) : (
          <svg
            className="trend__svg"
            width={width}
            height={HEIGHT}
            viewBox={`0 0 ${String(width)} ${String(HEIGHT)}`}
            role="img"
            aria-label={describeTrend(props)}
          >
            {ticks.map((tick) => (
              <g key={tick} className="trend__tick">
                <line x1={MARGIN.left} x2={width - right} y1={y(tick)} y2={y(tick)} />
                <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                  {formatValue(kind, tick)}
                </text>
              </g>
            ))}
            {points.map((point, index) =>
              isShown(point.item) ? null : (
                <g key={point.periodStart} className="trend__gap">
                  <rect x={x(index) - step / 2 + 2} y={MARGIN.top} width={Math.max(2, step - 4)} height={plotHeight} />
                  <text x={x(index)} y={MARGIN.top + plotHeight - 6} textAnchor="middle">
                    no figure
                  </text>
                </g>
              ),
            )}
            {runs.map((segment) => (
              <g key={`run-${String(segment[0]?.index ?? 0)}`}>
                {segment.length > 1 ? (
                  <>
                    <polygon
                      className="trend__band"
                      points={[
                        ...segment.map(({ index, item }) => `${String(x(index))},${String(y(item.ciHigh ?? item.value))}`),
                        ...[...segment].reverse().map(({ index, item }) => `${String(x(index))},${String(y(item.ciLow ?? item.value))}`),
                      ].join(' ')}
                    />
                    <polyline className="trend__line" points={segment.map(({ index, item }) => `${String(x(index))},${String(y(item.value))}`).join(' ')} />
                  </>
                ) : null}
              </g>
            ))}
            {benchmark ? (
              <g className="trend__benchmark">
                <line x1={MARGIN.left} x2={width - right} y1={y(benchmark.value)} y2={y(benchmark.value)} />
                <text x={width - right + 6} y={y(benchmark.value)} textAnchor="start">
                  <tspan x={width - right + 6} dy="-0.2em">
                    England
                  </tspan>
                  <tspan x={width - right + 6} dy="1.1em">
                    {formatValue(kind, benchmark.value)}
                  </tspan>
                </text>
              </g>
            ) : null}
            {points.map((point, index) =>
              isShown(point.item) ? (
                <g key={point.periodStart} className="trend__point">
                  {point.item.ciLow !== undefined && point.item.ciHigh !== undefined ? (
                    <>
                      <line x1={x(index)} x2={x(index)} y1={y(point.item.ciLow)} y2={y(point.item.ciHigh)} />
                      <line x1={x(index) - 5} x2={x(index) + 5} y1={y(point.item.ciLow)} y2={y(point.item.ciLow)} />
                      <line x1={x(index) - 5} x2={x(index) + 5} y1={y(point.item.ciHigh)} y2={y(point.item.ciHigh)} />
                    </>
                  ) : null}
                  <circle cx={x(index)} cy={y(point.item.value)} r={4.5} />
                </g>
              ) : null,
            )}
            {points.map((point, index) =>
              index % labelEvery === 0 ? (
                <text key={point.periodStart} className="trend__axis-label" x={x(index)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle">
                  {periodShort(point.period)}
                </text>
              ) : null,
            )}
          </svg>
        )}
      </div>
    </ChartFrame>
  );
}
