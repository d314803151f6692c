import { useLocation } from 'react-router';
import { PartnershipView } from '@/features/partners/components/partnership-view';
import { useAccess } from '../use-access';
import { usePlaceHub } from './place-hub-context';

interface PartnershipLocationState {
  notice?: string;
}

export function PlacePartnershipRoute() {
  const { place } = usePlaceHub();
  const access = useAccess();
  const location = useLocation();
  const notice = (location.state as PartnershipLocationState | null)?.notice;
  return (
    <>
      <title>{`Partnership – ${place.name} – Kickstart`}</title>
      <PartnershipView
        // A new notice (after adding or editing) starts the view's message afresh.
        key={location.key}
        placeId={place.id}
        placeSlug={place.slug}
        placeName={place.name}
        canWrite={access.canWriteInPlace(place.id)}
        notice={notice}
      />
    </>
  );
}
