import { useState } from 'react';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { formatCount } from '@/lib/format';
import { useOccurrences } from '../api/list-occurrences';
import { addDays, formatDayMonth, formatLongDate, todayInLondon, toLondon } from '../lib/dates';
import { AGE_BANDS, AGE_BAND_PHRASES } from '../lib/labels';
import { attendanceText, hasStarted, movedFrom, occurrenceDay, occurrenceTimes } from '../lib/occurrence-text';
import { useNow } from '../lib/use-now';
import type { Attendance, Event, Occurrence } from '../types';
import { AttendanceForm } from './attendance-form';
import { OccurrenceStatusBadge } from './occurrence-bits';

const PAGE = 10;

export interface PastDatesProps {
  event: Event;
  canWrite: boolean;
  onChanged: (message: string) => void;
}

function AgeSummary({ attendance }: { attendance: Attendance }) {
  const bands = AGE_BANDS.filter((band) => attendance.ageBands?.[band] !== undefined);
  if (bands.length === 0) return null;
  return (
    <p className="date-item__ages">
      By age: {bands.map((band) => `${formatCount(attendance.ageBands?.[band] ?? 0)} ${AGE_BAND_PHRASES[band]}`).join(', ')}.
    </p>
  );
}

/**
 * The event's dates of the last 12 months that have started, most recent first, with the
 * attendance recorded. Those who may record attendance for any that were not cancelled.
 */
export function PastDates({ event, canWrite, onChanged }: PastDatesProps) {
  const now = useNow();
  const today = todayInLondon(new Date(now));
  const firstDate = toLondon(event.start)?.date ?? today;
  const yearAgo = addDays(today, -365);
  const from = firstDate > yearAgo ? firstDate : yearAgo;
  const started = from <= today;
  const result = useOccurrences({ from, to: today, event: event.id }, { enabled: started });
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState<string | null>(null);

  if (!started) return <p className="muted">Nothing has happened yet. Attendance can be recorded once a date has started.</p>;
  if (result.isPending) return <Loading label="Loading past dates…" />;
  if (result.isError) return <ErrorPanel error={result.error} headingLevel={3} onRetry={() => void result.refetch()} retrying={result.isRefetching} />;

  const past = result.data.filter((occurrence) => hasStarted(occurrence, now)).reverse();
  if (past.length === 0) return <p className="muted">Nothing has happened yet. Attendance can be recorded once a date has started.</p>;
  const recorded = past.filter((occurrence) => occurrence.attendance !== undefined);
  const total = recorded.reduce((sum, occurrence) => sum + (occurrence.attendance?.total ?? 0), 0);

  return (
    <>
      <p className="date-summary">
        {recorded.length === 0
          ? 'No attendance recorded yet.'
          : `${formatCount(total)} attendances recorded over ${formatCount(recorded.length)} of ${formatCount(past.length)} dates${from === yearAgo ? ' in the last 12 months' : ''}.`}
      </p>
      <ul className="date-list">
        {past.slice(0, shown).map((occurrence) => (
          <PastDate
            key={occurrence.date}
            event={event}
            occurrence={occurrence}
            canWrite={canWrite}
            editing={editing === occurrence.date}
            onEdit={(open) => {
              setEditing(open ? occurrence.date : null);
            }}
            onChanged={onChanged}
          />
        ))}
      </ul>
      {past.length > shown ? (
        <Button
          variant="secondary"
          onClick={() => {
            setShown((current) => current + PAGE);
          }}
        >
          Show {formatCount(Math.min(PAGE, past.length - shown))} earlier dates
        </Button>
      ) : null}
    </>
  );
}

function PastDate({
  event,
  occurrence,
  canWrite,
  editing,
  onEdit,
  onChanged,
}: {
  event: Event;
  occurrence: Occurrence;
  canWrite: boolean;
  editing: boolean;
  onEdit: (open: boolean) => void;
  onChanged: (message: string) => void;
}) {
  const moved = movedFrom(occurrence);
  const cancelled = occurrence.status === 'cancelled';
  const day = formatDayMonth(occurrenceDay(occurrence));
  const attendance = occurrence.attendance;
  return (
    <li className={`date-item date-item--${occurrence.status}`}>
      <div className="date-item__main">
        <p className="date-item__when">
          <strong>{formatLongDate(occurrenceDay(occurrence))}</strong>
          <span>{occurrenceTimes(occurrence)}</span>
          <OccurrenceStatusBadge status={occurrence.status} />
        </p>
        {moved ? <p className="date-item__note">{moved}</p> : null}
        {occurrence.note ? (
          <p className="date-item__note">
            {cancelled ? 'Why: ' : 'Note: '}
            {occurrence.note}
          </p>
        ) : null}
        {attendance ? (
          <>
            <p className="date-item__attendance">{attendanceText(attendance)}.</p>
            <AgeSummary attendance={attendance} />
          </>
        ) : cancelled ? null : (
          <p className="date-item__attendance muted">No attendance recorded.</p>
        )}
      </div>
      {canWrite && !cancelled && !editing ? (
        <div className="date-item__actions">
          <Button
            variant="secondary"
            className="button--small"
            aria-label={`${attendance ? 'Change' : 'Record'} attendance on ${day}`}
            onClick={() => {
              onEdit(true);
            }}
          >
            {attendance ? 'Change attendance' : 'Record attendance'}
          </Button>
        </div>
      ) : null}
      {editing ? (
        <div className="date-item__form">
          <AttendanceForm
            eventId={event.id}
            date={occurrence.date}
            attendance={attendance}
            label={day}
            onSaved={(saved) => {
              onEdit(false);
              onChanged(`Attendance on ${day} saved: ${attendanceText(saved).toLowerCase()}.`);
            }}
            onCancel={() => {
              onEdit(false);
            }}
          />
        </div>
      ) : null}
    </li>
  );
}
