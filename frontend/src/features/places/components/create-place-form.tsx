import { paths } from '@/lib/paths';
import { useCreatePlace } from '../api/create-place';
import type { Place } from '../types';
import { PlaceForm } from './place-form';

/** The “Add a place” form, wired to `POST /api/v1/places`. */
export function CreatePlaceForm({ onCreated }: { onCreated: (place: Place) => void }) {
  const mutation = useCreatePlace();
  return (
    <PlaceForm
      submitLabel="Add place"
      pendingLabel="Adding the place…"
      pending={mutation.isPending}
      error={mutation.error}
      cancelTo={paths.places}
      onSubmit={(input) => {
        mutation.mutate(input, { onSuccess: onCreated });
      }}
    />
  );
}
