import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ButtonLink } from '@/components/button';
import { Notice } from '@/components/notice';
import { apiUrl } from '@/lib/api/client';
import { formatCount, formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { formatLongDate, formatTimeRange, toLondon } from '../lib/dates';
import { AUDIENCE_LABELS, CATEGORY_LABELS, COST_LABELS, languageLabel } from '../lib/labels';
import { describeSchedule } from '../lib/schedule-words';
import type { Event, OccurrenceChange, PlaceRecord } from '../types';
import { DeleteEvent } from './delete-event';
import { HostsLine } from './occurrence-bits';
import { PastDates } from './past-dates';
import { SubscribeLinks, type CalendarFeed } from './subscribe-links';
import { UpcomingDates } from './upcoming-dates';
import '../events.css';

export interface EventDetailsProps {
  event: Event;
  /** The event's place, once loaded (for its name, its What's on and its calendar). */
  place?: PlaceRecord | undefined;
  /** Admins, and organisers of the event's place, may change it. */
  canWrite: boolean;
  onDeleted: (event: Event) => void;
  onReload: () => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="event-facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** "Tuesday 22 December 2026: cancelled (No session in Christmas week)", "… moved to Wednesday 6 January, 10:00–12:00". */
function ChangeLine({ change }: { change: OccurrenceChange }) {
  const start = change.start ? toLondon(change.start) : undefined;
  const end = change.end ? toLondon(change.end) : undefined;
  return (
    <li>
      <strong>{formatLongDate(change.date)}</strong>:{' '}
      {change.cancelled ? 'cancelled' : start && end ? `moved to ${formatLongDate(start.date)}, ${formatTimeRange(start, end)}` : 'moved'}
      {change.note ? ` (${change.note})` : ''}
    </li>
  );
}

/** Everything about an event: its schedule in words, details, next and past dates with attendance, and calendar feeds. */
export function EventDetails({ event, place, canWrite, onDeleted, onReload }: EventDetailsProps) {
  const [upcomingNotice, setUpcomingNotice] = useState<string | null>(null);
  const [pastNotice, setPastNotice] = useState<string | null>(null);
  const start = toLondon(event.start);
  const end = toLondon(event.end);
  const schedule = start && end ? describeSchedule({ start, end, recurrence: event.recurrence }) : '';
  const repeats = event.recurrence !== undefined;
  const last = event.lastOccurrenceEnd ? toLondon(event.lastOccurrenceEnd) : undefined;

  const feeds: CalendarFeed[] = [{ key: 'event', title: 'This event', url: apiUrl(`/api/v1/events/${event.id}/calendar.ics`) }];
  if (event.spaceId) {
    feeds.push({ key: 'space', title: `Everything at ${event.spaceName ?? 'this space'}`, url: apiUrl(`/api/v1/spaces/${event.spaceId}/calendar.ics`) });
  }
  feeds.push({ key: 'place', title: `Everything in ${place?.name ?? 'this place'}`, url: apiUrl(`/api/v1/places/${event.placeId}/calendar.ics`) });

  return (
    <article className="event">
      <header className="page-header event__header">
        <p className="eyebrow">
          {CATEGORY_LABELS[event.category]}
          {place ? ` in ${place.name}` : ''}
        </p>
        <h1 className="page-header__title">{event.title}</h1>
        <p className="event__schedule">{schedule}</p>
        <p className="event__badges">
          {event.status === 'cancelled' ? <span className="badge event-badge event-badge--cancelled">Cancelled</span> : null}
          {repeats ? <span className="badge">Repeats</span> : <span className="badge">One-off</span>}
          {event.hosts.length > 1 ? <span className="badge event-badge--cohosted">Co-hosted</span> : null}
          {event.cost ? <span className="badge">{COST_LABELS[event.cost]}</span> : null}
        </p>
        {event.description ? <p className="page-header__lead event__description">{event.description}</p> : null}
      </header>

      {event.status === 'cancelled' ? (
        <Notice tone="warning">
          This event is cancelled{repeats ? ': none of its dates go ahead' : ''}.
          {canWrite ? ' To bring it back, edit the event and set it to go ahead.' : ''}
        </Notice>
      ) : null}

      {canWrite ? (
        <div className="button-row event__actions">
          <ButtonLink to={paths.editEvent(event.id)} variant="secondary">
            Edit event
          </ButtonLink>
          <DeleteEvent event={event} onDeleted={onDeleted} onReload={onReload} />
        </div>
      ) : null}

      <div className="event__grid">
        <div className="event__main">
          <section aria-labelledby="event-when-title">
            <h2 id="event-when-title">When</h2>
            <dl className="event-facts">
              <Fact label={repeats ? 'Schedule' : 'Date and time'}>{schedule}</Fact>
              {repeats && start ? <Fact label="First date">{formatLongDate(start.date)}</Fact> : null}
              {repeats ? <Fact label="Last date">{last ? formatLongDate(last.date) : 'It repeats with no end date'}</Fact> : null}
              {event.exceptions.length > 0 ? (
                <Fact label="Changes">
                  <ul className="event-changes">
                    {event.exceptions.map((change) => (
                      <ChangeLine key={change.date} change={change} />
                    ))}
                  </ul>
                </Fact>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="event-details-title">
            <h2 id="event-details-title">Details</h2>
            <dl className="event-facts">
              <Fact label="Where">
                {event.spaceId ? (
                  <Link to={paths.space(event.spaceId)}>{event.spaceName ?? 'The space'}</Link>
                ) : (
                  `Across ${place?.name ?? 'the place'}, not at one space`
                )}
              </Fact>
              <Fact label={event.hosts.length > 1 ? 'Hosts' : 'Host'}>
                <HostsLine hosts={event.hosts} />
              </Fact>
              <Fact label="Who it’s for">
                {event.audiences.length > 0 ? event.audiences.map((audience) => AUDIENCE_LABELS[audience]).join(', ') : 'Everyone'}
              </Fact>
              <Fact label="Languages">
                {event.languages.length > 0 ? event.languages.map(languageLabel).join(', ') : <span className="muted">Not given</span>}
              </Fact>
              <Fact label="Cost">{event.cost ? COST_LABELS[event.cost] : <span className="muted">Not given</span>}</Fact>
              <Fact label="Places">
                {event.capacity === undefined ? <span className="muted">Not given</span> : `Up to ${formatCount(event.capacity)} people`}
              </Fact>
              <Fact label="Booking">
                {event.bookingUrl ? (
                  <>
                    <a href={event.bookingUrl} rel="noopener noreferrer" target="_blank">
                      Book a place<span className="visually-hidden"> (opens in a new tab)</span>
                    </a>{' '}
                    <span className="muted">{hostOf(event.bookingUrl)}</span>
                  </>
                ) : (
                  'No booking link given'
                )}
              </Fact>
              <Fact label="Accessibility">
                {event.accessibilityNotes ? <span className="event-facts__notes">{event.accessibilityNotes}</span> : <span className="muted">Not given</span>}
              </Fact>
            </dl>
          </section>

          <section aria-labelledby="event-next-title">
            <h2 id="event-next-title">Coming up</h2>
            {upcomingNotice ? <Notice tone="success">{upcomingNotice}</Notice> : null}
            <UpcomingDates event={event} canWrite={canWrite} onReload={onReload} onChanged={setUpcomingNotice} />
          </section>

          <section aria-labelledby="event-past-title">
            <h2 id="event-past-title">Past dates and attendance</h2>
            {pastNotice ? <Notice tone="success">{pastNotice}</Notice> : null}
            <PastDates event={event} canWrite={canWrite} onChanged={setPastNotice} />
          </section>
        </div>

        <div className="event__side">
          <SubscribeLinks feeds={feeds} />
          {place ? (
            <p>
              <Link to={paths.placeWhatsOn(place.slug)}>See everything on in {place.name}</Link>
            </p>
          ) : null}
        </div>
      </div>

      <p className="meta">Last updated {formatDate(event.updatedAt)}</p>
    </article>
  );
}
