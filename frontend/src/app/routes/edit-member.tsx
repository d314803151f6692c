import { useNavigate, useParams } from 'react-router';
import { EditMembership } from '@/features/partners/components/edit-membership';
import { paths } from '@/lib/paths';
import { usePlaceHub } from './place-hub-context';
import { PlaceWriteGate } from './place-write-gate';

export function EditMemberRoute() {
  const { place } = usePlaceHub();
  const { partnerId = '' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <title>{`Edit membership – ${place.name} – Kickstart`}</title>
      <PlaceWriteGate place={place}>
        <EditMembership
          placeId={place.id}
          placeSlug={place.slug}
          partnerId={partnerId}
          onSaved={(membership) => {
            void navigate(paths.placePartnership(place.slug), {
              state: { notice: `${membership.partner.name}’s membership has been saved.` },
            });
          }}
        />
      </PlaceWriteGate>
    </>
  );
}
