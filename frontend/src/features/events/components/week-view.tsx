import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { formatDayMonth, formatShortDay } from '../lib/dates';
import type { DayOfWeek } from '../lib/whats-on';
import { movedFrom, occurrenceTimes } from '../lib/occurrence-text';
import { OccurrenceStatusBadge } from './occurrence-bits';

export interface WeekViewProps {
  days: readonly DayOfWeek[];
  today: string;
  /** The id of the heading naming the week. */
  labelledBy?: string;
}

/** Seven days side by side (one under another on a phone), each with its sessions in time order. */
export function WeekView({ days, today, labelledBy }: WeekViewProps) {
  return (
    <ol className="week" aria-labelledby={labelledBy}>
      {days.map((day) => {
        const isToday = day.date === today;
        return (
          <li key={day.date} className={isToday ? 'week__day week__day--today' : 'week__day'}>
            <h4 className="week__date">
              <span aria-hidden="true">{formatShortDay(day.date)}</span>
              <span className="visually-hidden">{formatDayMonth(day.date)}</span>
              {isToday ? <span className="week__today">Today</span> : null}
            </h4>
            {day.occurrences.length === 0 ? (
              <p className="week__empty">Nothing on</p>
            ) : (
              <ul className="week__items">
                {day.occurrences.map((occurrence) => {
                  const moved = movedFrom(occurrence);
                  return (
                    <li
                      key={`${occurrence.eventId}:${occurrence.date}`}
                      className={`week-item week-item--${occurrence.status}`}
                    >
                      <span className="week-item__time">{occurrenceTimes(occurrence)}</span>
                      <Link className="week-item__title" to={paths.event(occurrence.eventId)}>
                        {occurrence.title}
                      </Link>
                      {occurrence.spaceName ? <span className="week-item__where">{occurrence.spaceName}</span> : null}
                      {occurrence.status !== 'scheduled' ? (
                        <span className="week-item__status">
                          <OccurrenceStatusBadge status={occurrence.status} />
                          {moved ? <span className="week-item__moved">{moved}</span> : null}
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
