import { useId } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { formatCount, pluralise } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useSpacePipeline } from '../api/get-space-pipeline';
import { MODE_LABELS, SPACE_MODES } from '../lib/labels';
import { STATUSES, STATUS_LABELS } from '../lib/lifecycle';
import type { SpacePipeline as Pipeline } from '../types';
import { StatusSymbol } from './status-symbol';
import '../spaces.css';

export interface SpacePipelineProps {
  placeId: string;
  placeSlug: string;
  placeName: string;
  headingLevel?: 2 | 3;
}

/** How many of a place's spaces are at each stage from idea to closed, and how many are in person or online. */
export function SpacePipeline({ placeId, placeSlug, placeName, headingLevel = 2 }: SpacePipelineProps) {
  const query = useSpacePipeline(placeId);
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <section className="pipeline" aria-labelledby={titleId}>
      <div className="pipeline__header">
        <Heading id={titleId} className="pipeline__title">
          Spaces pipeline
        </Heading>
        <Link to={paths.placeSpaces(placeSlug)} className="pipeline__link">
          See {placeName}’s spaces on a map
        </Link>
      </div>
      {query.isPending ? <Loading label="Loading the pipeline…" /> : null}
      {query.isError ? (
        <ErrorPanel error={query.error} headingLevel={headingLevel === 2 ? 3 : 4} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      ) : null}
      {query.isSuccess ? <PipelineView pipeline={query.data} /> : null}
    </section>
  );
}

/** The counts themselves: a labelled stepper, a proportional bar, and the counts by mode. */
export function PipelineView({ pipeline }: { pipeline: Pipeline }) {
  const total = pipeline.total;
  return (
    <>
      <p className="pipeline__total">{total === 0 ? 'No spaces yet.' : `${pluralise(total, 'space')} in all.`}</p>
      <ol className="pipeline__stages" aria-label="Spaces at each stage, from idea to closed">
        {STATUSES.map((status) => {
          const count = pipeline.byStatus[status] ?? 0;
          return (
            <li key={status} className={`pipeline__stage pipeline__stage--${status}`}>
              <StatusSymbol status={status} size={22} />
              <span className="pipeline__count">{formatCount(count)}</span>
              <span className="pipeline__label">{STATUS_LABELS[status]}</span>
            </li>
          );
        })}
      </ol>
      {total > 0 ? (
        <div className="pipeline__bar" aria-hidden="true">
          {STATUSES.map((status) => {
            const count = pipeline.byStatus[status] ?? 0;
            return count > 0 ? (
              <span key={status} className={`pipeline__segment pipeline__segment--${status}`} style={{ flexGrow: count }} />
            ) : null;
          })}
        </div>
      ) : null}
      <p className="pipeline__modes">
        <span className="pipeline__modes-title">By how people take part:</span>{' '}
        {SPACE_MODES.map((mode) => `${MODE_LABELS[mode]} ${formatCount(pipeline.byMode[mode] ?? 0)}`).join(' · ')}
      </p>
    </>
  );
}
