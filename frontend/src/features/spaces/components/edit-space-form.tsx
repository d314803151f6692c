import { ErrorPanel } from '@/components/error-panel';
import { Loading } from '@/components/spinner';
import { paths } from '@/lib/paths';
import { useSpace } from '../api/get-space';
import { useUpdateSpace } from '../api/update-space';
import type { Space } from '../types';
import { SpaceForm } from './space-form';

export interface EditSpaceFormProps {
  spaceId: string;
  place: { id: string; name: string };
  onSaved: (space: Space) => void;
}

/** The edit form for a space, wired to `PUT /api/v1/spaces/{id}` with If-Match. */
export function EditSpaceForm({ spaceId, place, onSaved }: EditSpaceFormProps) {
  const spaceQuery = useSpace(spaceId);
  const mutation = useUpdateSpace();

  if (spaceQuery.isPending) return <Loading label="Loading the space…" />;
  if (spaceQuery.isError) {
    return <ErrorPanel error={spaceQuery.error} onRetry={() => void spaceQuery.refetch()} retrying={spaceQuery.isRefetching} />;
  }

  const space = spaceQuery.data;
  return (
    <SpaceForm
      // A fresh version after “Reload” starts the form again from the server's values.
      key={`${space.id}:${String(space.version)}`}
      place={place}
      initial={space}
      submitLabel="Save changes"
      pendingLabel="Saving…"
      pending={mutation.isPending}
      error={mutation.error}
      cancelTo={paths.space(space.id)}
      onReload={() => {
        mutation.reset();
        void spaceQuery.refetch();
      }}
      onSubmit={(input) => {
        mutation.mutate({ space, input }, { onSuccess: onSaved });
      }}
    />
  );
}
