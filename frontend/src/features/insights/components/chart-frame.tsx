import { useId, useState, type ReactNode } from 'react';
import { Button } from '@/components/button';
import { downloadCsv } from '../lib/csv';

export interface ChartFrameProps {
  title: string;
  headingLevel?: 3 | 4;
  /** What is shown, in a sentence or two, under the title. */
  description?: ReactNode;
  /** The chart. It carries its own text alternative. */
  children: ReactNode;
  /** The same data as a table, shown instead of the chart on request. */
  table: ReactNode;
  /** Builds the CSV of what is shown, when the download is asked for. */
  csv: () => { fileName: string; content: string };
  /** Notes under the chart or table (e.g. what a gap means). */
  notes?: ReactNode;
  className?: string;
}

/**
 * A chart with its title, a “Show as table” switch and a CSV download of the same data. The CSV
 * is made in the browser from what is on screen; nothing is fetched again.
 */
export function ChartFrame({ title, headingLevel = 4, description, children, table, csv, notes, className }: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <figure className={['chart', 'insight-chart', className].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <div className="chart__header">
        <Heading className="chart__title" id={titleId}>
          {title}
        </Heading>
        <div className="insight-chart__actions">
          <Button
            variant="quiet"
            className="button--small"
            aria-label={`${asTable ? 'Show as chart' : 'Show as table'}: ${title}`}
            onClick={() => {
              setAsTable((current) => !current);
            }}
          >
            {asTable ? 'Show as chart' : 'Show as table'}
          </Button>
          <Button
            variant="quiet"
            className="button--small"
            aria-label={`Download CSV: ${title}`}
            onClick={() => {
              const { fileName, content } = csv();
              downloadCsv(fileName, content);
            }}
          >
            Download CSV
          </Button>
        </div>
      </div>
      {description ? <div className="chart__description">{description}</div> : null}
      {asTable ? table : children}
      {notes ? <div className="insight-chart__notes">{notes}</div> : null}
    </figure>
  );
}
