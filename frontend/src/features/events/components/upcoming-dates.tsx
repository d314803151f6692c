import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { useOccurrencesAhead } from '../api/list-occurrences';
import { addDays, formatLongDate, todayInLondon } from '../lib/dates';
import { hasStarted, movedFrom, occurrenceDay, occurrenceTimes } from '../lib/occurrence-text';
import { useNow } from '../lib/use-now';
import type { Event } from '../types';
import { CancelOccurrence, RestoreOccurrence } from './occurrence-actions';
import { OccurrenceStatusBadge } from './occurrence-bits';

/** How many of the next dates the event page lists. */
export const UPCOMING_LIMIT = 8;

export interface UpcomingDatesProps {
  event: Event;
  canWrite: boolean;
  onReload: () => void;
  onChanged: (message: string) => void;
}

/** The event's next dates within a year, cancelled and moved ones marked, each cancellable by those who may. */
export function UpcomingDates({ event, canWrite, onReload, onChanged }: UpcomingDatesProps) {
  const now = useNow();
  const today = todayInLondon(new Date(now));
  const result = useOccurrencesAhead({ from: today, to: addDays(today, 365), event: event.id }, UPCOMING_LIMIT + 2);

  if (result.isPending) return <Loading label="Loading the next dates…" />;
  if (result.isError) return <ErrorPanel error={result.error} headingLevel={3} onRetry={() => void result.refetch()} retrying={result.isRefetching} />;

  const upcoming = result.data.filter((occurrence) => !hasStarted(occurrence, now)).slice(0, UPCOMING_LIMIT);
  if (upcoming.length === 0) {
    return <p className="muted">{event.status === 'cancelled' ? 'The event is cancelled.' : 'No more dates are planned in the next 12 months.'}</p>;
  }

  return (
    <ul className="date-list">
      {upcoming.map((occurrence) => {
        const moved = movedFrom(occurrence);
        const target = { eventId: event.id, date: occurrence.date, title: event.title, recurring: occurrence.recurring };
        return (
          <li key={occurrence.date} className={`date-item date-item--${occurrence.status}`}>
            <div className="date-item__main">
              <p className="date-item__when">
                <strong>{formatLongDate(occurrenceDay(occurrence))}</strong>
                <span>{occurrenceTimes(occurrence)}</span>
                <OccurrenceStatusBadge status={occurrence.status} />
              </p>
              {moved ? <p className="date-item__note">{moved}</p> : null}
              {occurrence.note ? (
                <p className="date-item__note">
                  {occurrence.status === 'cancelled' ? 'Why: ' : 'Note: '}
                  {occurrence.note}
                </p>
              ) : null}
            </div>
            {canWrite ? (
              <div className="date-item__actions">
                {occurrence.status === 'cancelled' ? (
                  event.status === 'cancelled' && occurrence.recurring ? null : (
                    <RestoreOccurrence target={target} event={event} onReload={onReload} onChanged={onChanged} />
                  )
                ) : (
                  <CancelOccurrence target={target} event={event} onReload={onReload} onChanged={onChanged} />
                )}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
