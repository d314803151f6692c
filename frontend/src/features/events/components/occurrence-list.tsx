import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { formatDayMonth } from '../lib/dates';
import { AUDIENCE_LABELS, CATEGORY_LABELS, COST_LABELS } from '../lib/labels';
import { attendanceText, movedFrom, occurrenceTimes } from '../lib/occurrence-text';
import { useNow } from '../lib/use-now';
import type { DayOfWeek } from '../lib/whats-on';
import type { Occurrence } from '../types';
import { CancelOccurrence, RestoreOccurrence } from './occurrence-actions';
import { HostsLine, OccurrenceStatusBadge } from './occurrence-bits';

export interface OccurrenceListProps {
  days: readonly DayOfWeek[];
  today: string;
  canWrite: boolean;
  /** Told when a date was cancelled or restored, e.g. to announce it. */
  onChanged: (message: string) => void;
}

/** The days that have something on, each with its sessions and their details. */
export function OccurrenceList({ days, today, canWrite, onChanged }: OccurrenceListProps) {
  const now = useNow();
  const busy = days.filter((day) => day.occurrences.length > 0);
  if (busy.length === 0) return null;
  return (
    <div className="occurrence-days">
      {busy.map((day) => (
        <section key={day.date} className="occurrence-day" aria-labelledby={`day-${day.date}`}>
          <h4 className="occurrence-day__title" id={`day-${day.date}`}>
            {formatDayMonth(day.date)}
            {day.date === today ? <span className="week__today">Today</span> : null}
          </h4>
          <ul className="occurrence-list">
            {day.occurrences.map((occurrence) => (
              <OccurrenceItem
                key={`${occurrence.eventId}:${occurrence.date}`}
                occurrence={occurrence}
                now={now}
                canWrite={canWrite}
                onChanged={onChanged}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function OccurrenceItem({
  occurrence,
  now,
  canWrite,
  onChanged,
}: {
  occurrence: Occurrence;
  now: number;
  canWrite: boolean;
  onChanged: (message: string) => void;
}) {
  const moved = movedFrom(occurrence);
  const upcoming = new Date(occurrence.start).getTime() > now;
  const target = { eventId: occurrence.eventId, date: occurrence.date, title: occurrence.title, recurring: occurrence.recurring };
  const facts = [CATEGORY_LABELS[occurrence.category], occurrence.spaceName ?? 'Across the place', occurrence.cost ? COST_LABELS[occurrence.cost] : undefined].filter(
    (fact): fact is string => fact !== undefined,
  );
  return (
    <li className={`occurrence occurrence--${occurrence.status}`}>
      <p className="occurrence__time">
        <span>{occurrenceTimes(occurrence)}</span> <OccurrenceStatusBadge status={occurrence.status} />
      </p>
      <h5 className="occurrence__title">
        <Link to={paths.event(occurrence.eventId)}>{occurrence.title}</Link>
      </h5>
      <p className="occurrence__meta">{facts.join(' · ')}</p>
      {occurrence.hosts.length > 0 ? (
        <p className="occurrence__hosts">
          <HostsLine hosts={occurrence.hosts} />
        </p>
      ) : null}
      {occurrence.audiences.length > 0 ? (
        <p className="occurrence__audiences">For {occurrence.audiences.map((audience) => AUDIENCE_LABELS[audience].toLowerCase()).join(', ')}</p>
      ) : null}
      {moved ? <p className="occurrence__moved">{moved}</p> : null}
      {occurrence.note ? (
        <p className="occurrence__note">
          {occurrence.status === 'cancelled' ? 'Why: ' : 'Note: '}
          {occurrence.note}
        </p>
      ) : null}
      {occurrence.attendance ? <p className="occurrence__attendance">{attendanceText(occurrence.attendance)}</p> : null}
      {canWrite && (occurrence.status === 'cancelled' || upcoming) ? (
        <div className="occurrence__actions">
          {occurrence.status === 'cancelled' ? (
            <RestoreOccurrence target={target} onChanged={onChanged} />
          ) : (
            <CancelOccurrence target={target} onChanged={onChanged} headingLevel={5} />
          )}
        </div>
      ) : null}
    </li>
  );
}
