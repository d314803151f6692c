import { useNavigate, useParams } from 'react-router';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { PlaceDetails } from '@/features/places/components/place-details';
import { paths } from '@/lib/paths';

export function PlaceRoute() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <Breadcrumbs items={[{ to: paths.places, label: 'Places' }]} />
      <PlaceDetails
        slug={slug}
        onDeleted={(place) => {
          void navigate(paths.places, { replace: true, state: { notice: `${place.name} has been deleted.` } });
        }}
      />
    </>
  );
}
