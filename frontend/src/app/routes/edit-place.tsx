import { useNavigate, useParams } from 'react-router';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { RequireRole } from '@/components/require-role';
import { usePlace } from '@/features/places/api/get-place';
import { EditPlaceForm } from '@/features/places/components/edit-place-form';
import { paths } from '@/lib/paths';

export function EditPlaceRoute() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  // Shares the form's query, so this costs no extra request.
  const { data: place } = usePlace(slug);
  return (
    <RequireRole role="admin">
      <Breadcrumbs
        items={[
          { to: paths.places, label: 'Places' },
          { to: paths.place(slug), label: place?.name ?? 'This place' },
        ]}
      />
      <header className="page-header">
        <h1 className="page-header__title">{place ? `Edit ${place.name}` : 'Edit place'}</h1>
      </header>
      <EditPlaceForm
        slug={slug}
        onSaved={(saved) => {
          void navigate(paths.place(saved.slug), { replace: true });
        }}
      />
    </RequireRole>
  );
}
