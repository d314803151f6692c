import { useCallback, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Notice } from '@/components/notice';
import { Loading } from '@/components/spinner';
import { pluralise } from '@/lib/format';
import { useOccurrences } from '../api/list-occurrences';
import { addDays, formatWeek, startOfWeek, todayInLondon } from '../lib/dates';
import { countFilters, groupByDay, parseWhatsOn, toOccurrenceQuery, writeWhatsOn, type WhatsOnView } from '../lib/whats-on';
import { OccurrenceList } from './occurrence-list';
import { WeekView } from './week-view';
import { WhatsOnFilters } from './whats-on-filters';
import '../events.css';

export interface WhatsOnProps {
  place: { id: string; name: string };
  /** Admins and the place's organisers may cancel dates and undo cancellations. */
  canWrite: boolean;
}

/**
 * A place's What's on: a week of occurrences as a calendar week or as a list, with filters,
 * moving a week at a time. Everything shown is in the address, so a view can be shared.
 */
export function WhatsOn({ place, canWrite }: WhatsOnProps) {
  const [params, setParams] = useSearchParams();
  const today = todayInLondon();
  const view = useMemo(() => parseWhatsOn(params, today), [params, today]);
  const query = useMemo(() => toOccurrenceQuery(place.id, view), [place.id, view]);
  const result = useOccurrences(query);
  const [notice, setNotice] = useState<string | null>(null);
  const ids = useId();

  const change = useCallback(
    (changes: Partial<WhatsOnView>) => {
      setParams((current) => writeWhatsOn({ ...parseWhatsOn(current, today), ...changes }, today, current), { replace: true });
    },
    [setParams, today],
  );
  const clear = useCallback(() => {
    change({ category: undefined, audience: undefined, space: undefined, partner: undefined });
  }, [change]);

  const weekHref = (week: string) => {
    const next = writeWhatsOn({ ...view, week }, today, params).toString();
    return next ? `?${next}` : '?';
  };

  const occurrences = result.data ?? [];
  const days = groupByDay(view.week, occurrences);
  const thisWeek = startOfWeek(today);
  const filtered = countFilters(view) > 0;

  let count = '';
  if (result.isPending) count = 'Loading what’s on…';
  else if (result.isPlaceholderData) count = 'Loading…';
  else if (result.isSuccess) {
    const cancelled = occurrences.filter((occurrence) => occurrence.status === 'cancelled').length;
    count =
      occurrences.length === 0
        ? filtered
          ? 'Nothing this week matches these filters.'
          : `Nothing is on in ${place.name} this week.`
        : `${pluralise(occurrences.length, 'session')} this week${cancelled > 0 ? `, ${String(cancelled)} cancelled` : ''}.`;
  }

  return (
    <div className="whats-on">
      <WhatsOnFilters placeId={place.id} view={view} onChange={change} onClear={clear} />

      <div className="whats-on__bar">
        <h3 className="whats-on__week" id={`${ids}-week`}>
          {view.week === thisWeek ? 'This week: ' : ''}
          {formatWeek(view.week)}
        </h3>
        <nav className="whats-on__nav" aria-label="Weeks">
          <Link className="button button--secondary button--small" to={weekHref(addDays(view.week, -7))}>
            <span aria-hidden="true">‹ </span>
            <span className="whats-on__nav-long">Previous week</span>
            <span className="whats-on__nav-short" aria-hidden="true">
              Previous
            </span>
          </Link>
          {view.week !== thisWeek ? (
            <Link className="button button--quiet button--small" to={weekHref(thisWeek)}>
              This week
            </Link>
          ) : null}
          <Link className="button button--secondary button--small" to={weekHref(addDays(view.week, 7))}>
            <span className="whats-on__nav-long">Next week</span>
            <span className="whats-on__nav-short" aria-hidden="true">
              Next
            </span>
            <span aria-hidden="true"> ›</span>
          </Link>
        </nav>
        <div className="whats-on__views" role="group" aria-label="Show as">
          <Button
            variant={view.view === 'week' ? 'primary' : 'secondary'}
            className="button--small"
            aria-pressed={view.view === 'week'}
            onClick={() => {
              change({ view: 'week' });
            }}
          >
            Week
          </Button>
          <Button
            variant={view.view === 'list' ? 'primary' : 'secondary'}
            className="button--small"
            aria-pressed={view.view === 'list'}
            onClick={() => {
              change({ view: 'list' });
            }}
          >
            List
          </Button>
        </div>
      </div>

      <p className="whats-on__count" role="status">
        {count}
      </p>
      {notice ? <Notice tone="success">{notice}</Notice> : null}

      {result.isPending ? (
        <Loading label="Loading what’s on…" />
      ) : result.isError ? (
        <ErrorPanel error={result.error} headingLevel={3} onRetry={() => void result.refetch()} retrying={result.isRefetching} />
      ) : (
        <div className={result.isPlaceholderData ? 'whats-on__body whats-on__body--loading' : 'whats-on__body'} aria-busy={result.isPlaceholderData}>
          {view.view === 'week' ? (
            <WeekView days={days} today={today} labelledBy={`${ids}-week`} />
          ) : (
            <OccurrenceList days={days} today={today} canWrite={canWrite} onChanged={setNotice} />
          )}
        </div>
      )}
    </div>
  );
}
