import { weeklySchedule } from '../lib/times';
import type { OpeningHours } from '../types';

/** The weekly opening hours as a table, Monday first; days with no times are shown as closed. */
export function OpeningHoursTable({ hours }: { hours: OpeningHours | undefined }) {
  const hasPeriods = (hours?.periods?.length ?? 0) > 0;
  return (
    <>
      {hasPeriods ? (
        <table className="table table--compact opening-hours">
          <caption className="visually-hidden">Opening hours each week</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Open</th>
            </tr>
          </thead>
          <tbody>
            {weeklySchedule(hours).map((row) => (
              <tr key={row.day} className={row.periods.length === 0 ? 'opening-hours__closed' : undefined}>
                <th scope="row">{row.label}</th>
                <td>{row.periods.length === 0 ? 'Closed' : row.periods.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Opening hours have not been given.</p>
      )}
      {hours?.note ? <p className="opening-hours__note">{hours.note}</p> : null}
    </>
  );
}
