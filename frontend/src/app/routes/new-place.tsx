import { useNavigate } from 'react-router';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { RequireRole } from '@/components/require-role';
import { CreatePlaceForm } from '@/features/places/components/create-place-form';
import { paths } from '@/lib/paths';

export function NewPlaceRoute() {
  const navigate = useNavigate();
  return (
    <>
      <title>Add a place – Kickstart</title>
      <RequireRole role="admin">
        <Breadcrumbs items={[{ to: paths.places, label: 'Places' }]} />
        <header className="page-header">
          <h1 className="page-header__title">Add a place</h1>
          <p className="page-header__lead">A local area joining the programme. You can change these details later.</p>
        </header>
        <CreatePlaceForm
          onCreated={(place) => {
            void navigate(paths.place(place.slug));
          }}
        />
      </RequireRole>
    </>
  );
}
