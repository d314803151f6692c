import { useNavigate } from 'react-router';
import { PlaceOverview } from '@/features/places/components/place-overview';
import { SpacePipeline } from '@/features/spaces/components/space-pipeline';
import { paths } from '@/lib/paths';
import { usePlaceHub } from './place-hub-context';

export function PlaceOverviewRoute() {
  const { place, reload } = usePlaceHub();
  const navigate = useNavigate();
  return (
    <>
      <title>{`${place.name} – Kickstart`}</title>
      <SpacePipeline placeId={place.id} placeSlug={place.slug} placeName={place.name} />
      <PlaceOverview
        place={place}
        onReload={reload}
        onDeleted={(deleted) => {
          void navigate(paths.places, { replace: true, state: { notice: `${deleted.name} has been deleted.` } });
        }}
      />
    </>
  );
}
