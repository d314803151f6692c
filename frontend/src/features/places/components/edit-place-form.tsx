import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { paths } from '@/lib/paths';
import { usePlace } from '../api/get-place';
import { useUpdatePlace } from '../api/update-place';
import type { Place } from '../types';
import { PlaceForm } from './place-form';

/** The edit form for the place with this slug, wired to `PUT /api/v1/places/{id}` with If-Match. */
export function EditPlaceForm({ slug, onSaved }: { slug: string; onSaved: (place: Place) => void }) {
  const placeQuery = usePlace(slug);
  const mutation = useUpdatePlace();

  if (placeQuery.isPending) return <Loading label="Loading the place…" />;
  if (placeQuery.isError) {
    return (
      <ErrorPanel
        error={placeQuery.error}
        onRetry={() => void placeQuery.refetch()}
        retrying={placeQuery.isRefetching}
      />
    );
  }

  const place = placeQuery.data;
  return (
    <>
      <title>{`Edit ${place.name} – Kickstart`}</title>
      <PlaceForm
        // A fresh version after “Reload” starts the form again from the server's values.
        key={`${place.id}:${String(place.version)}`}
        initial={place}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        pending={mutation.isPending}
        error={mutation.error}
        cancelTo={paths.place(place.slug)}
        onReload={() => {
          mutation.reset();
          void placeQuery.refetch();
        }}
        onSubmit={(input) => {
          mutation.mutate({ place, input }, { onSuccess: onSaved });
        }}
      />
    </>
  );
}
