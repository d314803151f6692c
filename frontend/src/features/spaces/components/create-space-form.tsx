import { useCreateSpace } from '../api/create-space';
import type { Space } from '../types';
import { SpaceForm } from './space-form';

export interface CreateSpaceFormProps {
  place: { id: string; name: string };
  cancelTo: string;
  onCreated: (space: Space) => void;
  /** The level of the form's section headings (3 inside a place's page). */
  headingLevel?: 2 | 3;
}

/** The form for adding a space to a place, wired to `POST /api/v1/spaces`. */
export function CreateSpaceForm({ place, cancelTo, onCreated, headingLevel = 2 }: CreateSpaceFormProps) {
  const mutation = useCreateSpace();
  return (
    <SpaceForm
      place={place}
      submitLabel="Add space"
      pendingLabel="Adding the space…"
      pending={mutation.isPending}
      error={mutation.error}
      cancelTo={cancelTo}
      headingLevel={headingLevel}
      onSubmit={(input) => {
        mutation.mutate(input, { onSuccess: onCreated });
      }}
    />
  );
}
