import { useNavigate } from 'react-router';
import { AddMember } from '@/features/partners/components/add-member';
import { paths } from '@/lib/paths';
import { usePlaceHub } from './place-hub-context';
import { PlaceWriteGate } from './place-write-gate';

export function AddMemberRoute() {
  const { place } = usePlaceHub();
  const navigate = useNavigate();
  return (
    <>
      <title>{`Add a partner – ${place.name} – Kickstart`}</title>
      <PlaceWriteGate place={place}>
        <AddMember
          placeId={place.id}
          placeSlug={place.slug}
          placeName={place.name}
          onAdded={(membership) => {
            void navigate(paths.placePartnership(place.slug), {
              state: { notice: `${membership.partner.name} has joined the ${place.name} partnership.` },
            });
          }}
        />
      </PlaceWriteGate>
    </>
  );
}
