import { useId, useState } from 'react';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { ScrollRegion } from '@/components/scroll-region';
import { WhenNear } from '@/components/when-near';
import { Loading } from '@/components/spinner';
import { formatCount } from '@/lib/format';
import { usePlaceSpaces } from '../api/list-spaces';
import { csvFileName, downloadCsv } from '../lib/csv';
import { PRIORITY_BANDS, PRIORITY_LABELS, PRIORITY_LETTERS, priorityBand } from '../lib/priority';
import type { GapRow, Gaps } from '../types';
import { gapsCsv, percent, sortGaps, spacePriorities, spacePrioritiesCsv } from '../lib/views';
import { ChartFrame } from './chart-frame';
import { MapFrame, PriorityMap } from './map/lazy-map';

/** How many neighbourhoods the table shows before "Show all". */
export const FIRST_ROWS = 20;

function ScoreCell({ score }: { score: number }) {
  return (
    <span className="gap-score">
      <span className="gap-score__value">{score}</span>
      <svg className="gap-score__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect className={`gap-score__bar gap-score__bar--${priorityBand(score)}`} x="0" y="0" height="10" width={score} />
      </svg>
    </span>
  );
}

function GapTable({
  rows,
  placeName,
  threshold,
  nearbyMetres,
}: {
  rows: readonly GapRow[];
  placeName: string;
  threshold: number;
  /** The walking radius, when boundaries give every row its nearby count. */
  nearbyMetres: number | undefined;
}) {
  const [showAll, setShowAll] = useState(false);
  const captionId = useId();
  const sorted = sortGaps(rows);
  const shown = showAll ? sorted : sorted.slice(0, FIRST_ROWS);
  const tooFew = `fewer than ${formatCount(threshold)} answers`;
  return (
    <>
      <ScrollRegion labelledBy={captionId}>
        <table className="table table--compact gap-table">
          <caption className="table__caption" id={captionId}>
            Neighbourhoods of {placeName} by priority score, highest first
            {shown.length < sorted.length ? ` (the first ${formatCount(shown.length)} of ${formatCount(sorted.length)})` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Neighbourhood</th>
              <th scope="col" className="table__number">
                IMD decile<span className="table__unit">1 = most deprived</span>
              </th>
              <th scope="col" className="table__number">
                Open spaces
              </th>
              {nearbyMetres === undefined ? null : (
                <th scope="col" className="table__number">
                  Open spaces nearby<span className="table__unit">inside or within {formatCount(nearbyMetres)} m</span>
                </th>
              )}
              <th scope="col" className="table__number">
                Weekly events
              </th>
              <th scope="col" className="table__number">
                Belonging
              </th>
              <th scope="col" className="table__number">
                Loneliness
              </th>
              <th scope="col" className="table__number">
                Answers
              </th>
              <th scope="col">Priority score</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  {row.name}
                  <span className="table__unit">{row.code}</span>
                </th>
                <td className="table__number">{row.imdDecile}</td>
                <td className="table__number">{formatCount(row.openSpaces)}</td>
                {nearbyMetres === undefined ? null : <td className="table__number">{formatCount(row.nearbyOpenSpaces ?? 0)}</td>}
                <td className="table__number">{formatCount(row.weeklyEvents)}</td>
                <td className="table__number">{row.belonging === undefined ? <span className="insights__suppressed">{tooFew}</span> : percent(row.belonging)}</td>
                <td className="table__number">
                  {row.loneliness === undefined ? <span className="insights__suppressed">{tooFew}</span> : percent(row.loneliness)}
                </td>
                <td className="table__number">{formatCount(row.responses)}</td>
                <td>
                  <ScoreCell score={row.score} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="button-row">
        {sorted.length > FIRST_ROWS ? (
          <Button
            variant="secondary"
            className="button--small"
            aria-expanded={showAll}
            onClick={() => {
              setShowAll((current) => !current);
            }}
          >
            {showAll ? `Show the first ${String(FIRST_ROWS)} only` : `Show all ${formatCount(sorted.length)} neighbourhoods`}
          </Button>
        ) : null}
        <Button
          variant="quiet"
          className="button--small"
          onClick={() => {
            downloadCsv(csvFileName('gaps', placeName), gapsCsv(rows));
          }}
        >
          Download all neighbourhoods as CSV
        </Button>
      </p>
    </>
  );
}

function SpacesByPriority({ placeId, placeName, rows }: { placeId: string; placeName: string; rows: readonly GapRow[] }) {
  const spaces = usePlaceSpaces(placeId);
  if (spaces.isPending) return <Loading label="Loading the spaces…" />;
  if (spaces.isError) {
    return <ErrorPanel error={spaces.error} title="The spaces could not be loaded" headingLevel={4} onRetry={() => void spaces.refetch()} retrying={spaces.isRefetching} />;
  }
  const entries = spacePriorities(spaces.data, rows);
  if (entries.length === 0) return <p className="insights__empty">{placeName} has no open spaces with a location yet.</p>;
  const title = 'Open spaces by their neighbourhood’s priority';
  const points = entries.flatMap(({ space, row }) =>
    space.location
      ? [
          {
            id: space.id,
            name: space.name,
            lat: space.location.lat,
            lon: space.location.lon,
            band: priorityBand(row?.score),
            neighbourhood: row ? `${row.name}, score ${String(row.score)}` : 'neighbourhood not recorded',
          },
        ]
      : [],
  );
  const table = (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">Space</th>
            <th scope="col">Neighbourhood</th>
            <th scope="col" className="table__number">
              Score
            </th>
            <th scope="col">Priority</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ space, row }) => (
            <tr key={space.id}>
              <th scope="row">{space.name}</th>
              <td>{row ? row.name : 'Not recorded'}</td>
              <td className="table__number">{row ? row.score : ''}</td>
              <td>{PRIORITY_LABELS[priorityBand(row?.score)]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <ChartFrame
      title={title}
      description={<p>Each open space is marked with the priority of the neighbourhood it is recorded in: the letter and colour say which.</p>}
      table={table}
      csv={() => ({ fileName: csvFileName('spaces-by-priority', placeName), content: spacePrioritiesCsv(entries) })}
      className="insight-chart--wide"
      notes={
        <ul className="priority-legend" aria-label="Key">
          {PRIORITY_BANDS.map((band) => (
            <li key={band} className="priority-legend__item">
              <span className={`priority-legend__mark priority-marker--${band}`} aria-hidden="true">
                {PRIORITY_LETTERS[band]}
              </span>
              {PRIORITY_LABELS[band]}: {formatCount(points.filter((point) => point.band === band).length)}
            </li>
          ))}
        </ul>
      }
    >
      <MapFrame>
        <PriorityMap label={`Map of ${placeName}’s open spaces, marked by their neighbourhood’s priority`} points={points} />
      </MapFrame>
    </ChartFrame>
  );
}

export interface GapSectionProps {
  placeId: string;
  placeName: string;
  gaps: Gaps;
}

/** Where social infrastructure is needed most: the score explained, the ranked table, and the map of spaces. */
export function GapSection({ placeId, placeName, gaps }: GapSectionProps) {
  return (
    <>
      <div className="gap-formula">
        <p>
          Each neighbourhood gets a <strong>priority score from 0 to 100</strong>; the higher it is, the more a new space or regular
          activity there could matter.
        </p>
        <ul>
          <li>
            <strong>Half</strong> of the score is <strong>deprivation</strong>: full marks for the most deprived tenth of England
            (IMD decile 1), a tenth of them for the least deprived.
          </li>
          <li>
            <strong>Almost a third</strong> is <strong>how little is there</strong>: full marks with no open space and no weekly event;
            none from three open spaces (two weekly events count as one space).
          </li>
          <li>
            <strong>A fifth</strong> is <strong>how people feel</strong>: the share who don’t feel they belong (counted as half when
            fewer than {formatCount(gaps.threshold)} people there answered).
          </li>
        </ul>
        <details className="gap-formula__exact">
          <summary>The exact formula</summary>
          <p className="code">{gaps.formula}</p>
        </details>
      </div>
      {gaps.boundariesLoaded ? (
        <p className="notice notice--info gap-note">
          Neighbourhood boundaries are loaded: a space with no neighbourhood recorded counts in the one it stands in, and the table
          shows the open spaces each neighbourhood can walk to ({formatCount(gaps.radiusMetres)} metres). Those nearby spaces are
          shown beside the score, not counted in it.
        </p>
      ) : (
        <p className="notice notice--info gap-note">
          Neighbourhood boundaries aren’t loaded, so a space counts only in the neighbourhood it is recorded in — not in the ones
          next door within walking distance ({formatCount(gaps.radiusMetres)} metres). The map shows each open space with its own
          neighbourhood’s priority.
        </p>
      )}
      {gaps.items.length === 0 ? (
        <p className="insights__empty">No neighbourhoods have been imported for {placeName} yet, so there is nothing to rank.</p>
      ) : (
        <>
          <GapTable
            rows={gaps.items}
            placeName={placeName}
            threshold={gaps.threshold}
            nearbyMetres={gaps.boundariesLoaded ? gaps.radiusMetres : undefined}
          />
          {/* Every open space of the place, on a map: loaded and drawn only when scrolled near. */}
          <WhenNear
            placeholder={
              <div className="insights-map insights-map--loading" role="status">
                <span>The map of open spaces loads when you scroll to it.</span>
              </div>
            }
          >
            <SpacesByPriority placeId={placeId} placeName={placeName} rows={gaps.items} />
          </WhenNear>
        </>
      )}
    </>
  );
}
