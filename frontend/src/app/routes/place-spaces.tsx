import { useLocation } from 'react-router';
import { ButtonLink } from '@/components/button';
import { Notice } from '@/components/notice';
import { SpacesExplorer } from '@/features/spaces/components/spaces-explorer';
import { paths } from '@/lib/paths';
import { useAccess } from '../use-access';
import { usePlaceHub } from './place-hub-context';

interface SpacesLocationState {
  notice?: string;
}

/** `/places/:slug/spaces` — the place's spaces on a map and in a list, with filters in the address. */
export function PlaceSpacesRoute() {
  const { place } = usePlaceHub();
  const access = useAccess();
  const location = useLocation();
  const notice = (location.state as SpacesLocationState | null)?.notice;
  return (
    <>
      <title>{`Spaces – ${place.name} – Kickstart`}</title>
      <header className="section__header page-header--with-actions">
        <div>
          <h2>Spaces in {place.name}</h2>
          <p className="muted">
            Welcoming places where people meet and mix, in person and online, from first ideas to spaces that are open now.
          </p>
        </div>
        {access.canWriteInPlace(place.id) ? (
          <ButtonLink to={paths.newSpace(place.slug)} variant="primary">
            Add a space
          </ButtonLink>
        ) : null}
      </header>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <SpacesExplorer place={place} />
    </>
  );
}
