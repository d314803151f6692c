import { useLocation } from 'react-router';
import { ButtonLink } from '@/components/button';
import { Notice } from '@/components/notice';
import { WhatsOn } from '@/features/events/components/whats-on';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';
import { usePlaceHub } from './place-hub-context';

/** `/places/:slug/whats-on` — a week of the place's events, as a calendar week or a list, with filters in the address. */
export function PlaceWhatsOnRoute() {
  const { place } = usePlaceHub();
  const access = useAccess();
  const canWrite = access.canWriteInPlace(place.id);
  const location = useLocation();
  // Set by the event page after deleting an event.
  const notice = (location.state as { notice?: string } | null)?.notice;
  return (
    <>
      <title>{`What’s on – ${place.name} – Kickstart`}</title>
      <header className="section__header page-header--with-actions">
        <div>
          <h2>What’s on in {place.name}</h2>
          <p className="muted">Regular activities and one-off events in {place.name}’s spaces, hosted by its partners.</p>
        </div>
        {canWrite ? (
          <ButtonLink to={paths.newEvent(place.slug)} variant="primary">
            Add an event
          </ButtonLink>
        ) : null}
      </header>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <WhatsOn place={place} canWrite={canWrite} />
    </>
  );
}
