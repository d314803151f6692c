import { formatCount } from '@/lib/format';
import { csvFileName } from '../lib/csv';
import { capitalise, formatBase, formatBenchmark, formatInterval, formatValue, isShown, suppressionReason } from '../lib/format';
import { BREAKDOWN_LABELS, groupLabel } from '../lib/labels';
import type { Benchmark, Breakdown, IndicatorValue } from '../types';
import { breakdownCsv, describeBreakdown } from '../lib/views';
import { ChartFrame } from './chart-frame';

export interface BreakdownChartProps {
  title: string;
  indicator: string;
  label: string;
  kind: IndicatorValue['kind'];
  breakdown: Breakdown;
  /** One value per group, in the API's order. */
  items: readonly IndicatorValue[];
  benchmark: Benchmark | undefined;
  threshold: number;
  placeName: string;
}

/**
 * An indicator for each group of a breakdown: a bar for the figure with a whisker for its 95%
 * interval. A withheld group gets words instead of a bar, saying why it is withheld.
 */
export function BreakdownChart(props: BreakdownChartProps) {
  const { title, kind, breakdown, items, benchmark, threshold, placeName } = props;
  const [min, max] = kind === 'proportion' ? [0, 1] : [1, 7];
  const at = (value: number) => ((value - min) / (max - min)) * 100;
  const secondary = items.some((item) => item.suppression === 'secondary');

  const table = (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{BREAKDOWN_LABELS[breakdown]}</th>
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
          {items.map((item) => (
            <tr key={item.group ?? 'all'}>
              <th scope="row">{groupLabel(breakdown, item.group)}</th>
              {isShown(item) ? (
                <>
                  <td className="table__number">{formatValue(kind, item.value)}</td>
                  <td>{item.ciLow !== undefined && item.ciHigh !== undefined ? formatInterval(kind, item.ciLow, item.ciHigh) : ''}</td>
                </>
              ) : (
                <td colSpan={2} className="insights__suppressed">
                  {suppressionReason(item, threshold)}
                </td>
              )}
              <td className="table__number">{formatCount(item.n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <ChartFrame
      title={title}
      description={<p>Each bar is the figure for one group; the whisker across its end shows the 95% interval.</p>}
      table={table}
      csv={() => ({ fileName: csvFileName(props.indicator, 'by', breakdown, placeName), content: breakdownCsv(props) })}
      notes={
        <>
          {benchmark ? (
            <p>
              <span className="trend__key trend__key--benchmark" aria-hidden="true" /> Dashed line: {formatBenchmark(kind, benchmark)}.
            </p>
          ) : null}
          {secondary ? (
            <p>
              Where only one group has too few answers to show, the next smallest is hidden too, so that the small group can’t be
              worked out from the total.
            </p>
          ) : null}
        </>
      }
    >
      <div className="breakdown" role="img" aria-label={describeBreakdown(props)}>
        {items.map((item) => (
          <div key={item.group ?? 'all'} className="breakdown__row">
            <span className="breakdown__label">{groupLabel(breakdown, item.group)}</span>
            {isShown(item) ? (
              <>
                <svg className="breakdown__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect className="breakdown__bar" x="0" y="2" height="6" width={at(item.value)} />
                  {item.ciLow !== undefined && item.ciHigh !== undefined ? (
                    <g className="breakdown__whisker">
                      <line x1={at(item.ciLow)} x2={at(item.ciHigh)} y1="5" y2="5" vectorEffect="non-scaling-stroke" />
                      <line x1={at(item.ciLow)} x2={at(item.ciLow)} y1="1" y2="9" vectorEffect="non-scaling-stroke" />
                      <line x1={at(item.ciHigh)} x2={at(item.ciHigh)} y1="1" y2="9" vectorEffect="non-scaling-stroke" />
                    </g>
                  ) : null}
                  {benchmark ? (
                    <line className="breakdown__benchmark" x1={at(benchmark.value)} x2={at(benchmark.value)} y1="0" y2="10" vectorEffect="non-scaling-stroke" />
                  ) : null}
                </svg>
                <span className="breakdown__value">
                  <strong>{formatValue(kind, item.value)}</strong>{' '}
                  <span className="breakdown__detail">
                    {item.ciLow !== undefined && item.ciHigh !== undefined ? `${formatValue(kind, item.ciLow)}–${formatValue(kind, item.ciHigh)}, ` : ''}
                    {formatBase(item.n).replace('based on ', '')}
                  </span>
                </span>
              </>
            ) : (
              <span className="breakdown__suppressed">
                {capitalise(suppressionReason(item, threshold))}
                <span className="breakdown__detail"> ({formatCount(item.n)} answered)</span>
              </span>
            )}
          </div>
        ))}
      </div>
    </ChartFrame>
  );
}
