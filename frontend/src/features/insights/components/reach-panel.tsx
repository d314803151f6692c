import { Button } from '@/components/button';
import { BarChart } from '@/components/bar-chart';
import { formatCount, formatDay } from '@/lib/format';
import { csvFileName, downloadCsv } from '../lib/csv';
import { periodLabel, partnerTypeLabel } from '../lib/labels';
import type { Reach } from '../types';
import { coHostedWords, describeReach, partnersCsv, reachCsv } from '../lib/views';
import { ChartFrame } from './chart-frame';

/**
 * Reach and partnership: sessions held, attendance and first-timers per period, how many events
 * partners host together, and the partnership's active members by type.
 */
export function ReachPanel({ reach, unitWord, placeName }: { reach: Reach; unitWord: string; placeName: string }) {
  const max = Math.max(1, ...reach.periods.map((period) => period.attendance));
  const partners = Object.entries(reach.partnersByType)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => partnerTypeLabel(a).localeCompare(partnerTypeLabel(b), 'en-GB'))
    .map(([type, count]) => ({ key: type, label: partnerTypeLabel(type), value: count }));

  const table = (
    <div className="table-wrap">
      <table className="table table--compact">
        <caption className="visually-hidden">Sessions and attendance</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col" className="table__number">
              Sessions held
            </th>
            <th scope="col" className="table__number">
              With attendance recorded
            </th>
            <th scope="col" className="table__number">
              Attendance
            </th>
            <th scope="col" className="table__number">
              First-timers
            </th>
          </tr>
        </thead>
        <tbody>
          {reach.periods.map((period) => (
            <tr key={period.periodStart}>
              <th scope="row">{periodLabel(period.period)}</th>
              <td className="table__number">{formatCount(period.occurrencesHeld)}</td>
              <td className="table__number">{formatCount(period.occurrencesRecorded)}</td>
              <td className="table__number">{formatCount(period.attendance)}</td>
              <td className="table__number">{formatCount(period.firstTime)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <div className="reach">
      <dl className="facts facts--compact reach__facts">
        <div className="facts__item">
          <dt>Window</dt>
          <dd>
            {formatDay(reach.from)} to {formatDay(reach.to)}
          </dd>
        </div>
        <div className="facts__item">
          <dt>Events on</dt>
          <dd>{formatCount(reach.events)}</dd>
        </div>
        <div className="facts__item">
          <dt>Hosted together</dt>
          <dd>
            {formatCount(reach.coHostedEvents)}
            {reach.coHostedShare !== undefined ? ` (${String(Math.round(reach.coHostedShare * 100))}%)` : ''}
          </dd>
        </div>
      </dl>
      <p className="reach__words">{coHostedWords(reach)}</p>
      <ChartFrame
        title={`Sessions and attendance by ${unitWord}`}
        description={
          <p>
            The bar is everyone who came; its darker part is people there for the first time. Attendance counts only sessions where
            it was recorded.
          </p>
        }
        table={table}
        csv={() => ({ fileName: csvFileName('reach', placeName), content: reachCsv(reach) })}
      >
        {reach.periods.length === 0 ? (
          <p className="insights__empty">No sessions in this window.</p>
        ) : (
          <div className="reach__bars" role="img" aria-label={describeReach(reach, unitWord)}>
            {reach.periods.map((period) => (
              <div key={period.periodStart} className="reach__row">
                <span className="reach__label">{periodLabel(period.period)}</span>
                <svg className="reach__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect className="reach__bar" x="0" y="0" height="10" width={(period.attendance / max) * 100} />
                  <rect className="reach__bar reach__bar--first" x="0" y="0" height="10" width={(period.firstTime / max) * 100} />
                </svg>
                <span className="reach__value">
                  <strong>{formatCount(period.attendance)}</strong>
                  <span className="reach__detail">
                    {' '}
                    ({formatCount(period.firstTime)} first-time; {formatCount(period.occurrencesHeld)} sessions, {formatCount(period.occurrencesRecorded)}{' '}
                    recorded)
                  </span>
                </span>
              </div>
            ))}
          </div>
        )}
      </ChartFrame>
      {partners.length > 0 ? (
        <div className="reach__partners">
          <BarChart
            title="Active partners by type"
            description="Organisations in the partnership now, by the kind of organisation they are."
            data={partners}
            labelHeader="Type of partner"
            valueHeader="Partners"
            headingLevel={4}
          />
          <p className="insights__download">
            <Button
              variant="quiet"
              className="button--small"
              aria-label="Download CSV: Active partners by type"
              onClick={() => {
                downloadCsv(csvFileName('partners-by-type', placeName), partnersCsv(reach));
              }}
            >
              Download CSV
            </Button>
          </p>
        </div>
      ) : (
        <p className="insights__empty">The partnership has no active members yet.</p>
      )}
    </div>
  );
}
