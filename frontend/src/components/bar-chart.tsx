import { useId, useState } from 'react';
import { formatCount } from '@/lib/format';
import { Button } from './button';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
}

export interface BarChartProps {
  title: string;
  /** One sentence on what is counted, shown under the title. */
  description?: string;
  data: readonly BarDatum[];
  /** Column headings of the table view. */
  labelHeader: string;
  valueHeader: string;
  headingLevel?: 3 | 4;
}

/** "Business: 2, Faith: 0" — the chart in words, for people who cannot see it. */
function describeBars(data: readonly BarDatum[]): string {
  return data.map((datum) => `${datum.label}: ${formatCount(datum.value)}`).join(', ');
}

/**
 * A small horizontal bar chart with a text alternative and a “Show as table” toggle. Bars are
 * plain SVG rectangles scaled to the largest value; the numbers are always written out too.
 */
export function BarChart({ title, description, data, labelHeader, valueHeader, headingLevel = 3 }: BarChartProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descriptionId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const max = Math.max(1, ...data.map((datum) => datum.value));
  const total = data.reduce((sum, datum) => sum + datum.value, 0);

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <div className="chart__header">
        <Heading className="chart__title" id={titleId}>
          {title}
        </Heading>
        <Button
          variant="quiet"
          className="button--small"
          onClick={() => {
            setAsTable((current) => !current);
          }}
        >
          {asTable ? 'Show as chart' : 'Show as table'}
        </Button>
      </div>
      {description ? (
        <p className="chart__description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {asTable ? (
        <table className="table table--compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col" className="table__number">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.key}>
                <th scope="row">{datum.label}</th>
                <td className="table__number">{formatCount(datum.value)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="table__number">{formatCount(total)}</td>
            </tr>
          </tfoot>
        </table>
      ) : (
        <div className="chart__bars" role="img" aria-label={`${title}. ${describeBars(data)}.`}>
          {data.map((datum) => (
            <div key={datum.key} className="chart__row">
              <span className="chart__label">{datum.label}</span>
              <svg className="chart__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect className="chart__bar" x="0" y="0" height="10" width={(datum.value / max) * 100} />
              </svg>
              <span className="chart__value">{formatCount(datum.value)}</span>
            </div>
          ))}
        </div>
      )}
    </figure>
  );
}
