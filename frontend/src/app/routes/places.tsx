import { useLocation } from 'react-router';
import { Notice } from '@/components/notice';
import { NewPlaceLink } from '@/features/places/components/new-place-link';
import { PlacesList } from '@/features/places/components/places-list';

interface PlacesLocationState {
  notice?: string;
}

export function PlacesRoute() {
  const location = useLocation();
  const notice = (location.state as PlacesLocationState | null)?.notice;
  return (
    <>
      <title>Places – Kickstart</title>
      <header className="page-header page-header--with-actions">
        <div>
          <h1 className="page-header__title">Places</h1>
          <p className="page-header__lead">The local areas in the programme, and their partnerships.</p>
        </div>
        <NewPlaceLink />
      </header>
      {notice ? <Notice tone="success">{notice}</Notice> : null}
      <PlacesList headingLevel={2} />
    </>
  );
}
