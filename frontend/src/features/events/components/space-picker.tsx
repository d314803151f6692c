import { FormField } from '@/components/form-field';
import { usePlaceSpaces } from '../api/list-spaces';

export interface SpacePickerProps {
  id: string;
  placeId: string;
  placeName: string;
  value: string;
  /** The current space's name, for one that is no longer listed. */
  knownName?: string | undefined;
  error?: string | undefined;
  onChange: (spaceId: string) => void;
}

const STAGE_NOTES: Record<string, string> = {
  idea: ' (an idea)',
  planned: ' (planned)',
  in_development: ' (being developed)',
  closed: ' (closed)',
};

/** Choose the space where it happens, among the place's spaces, or none for an event across the place. */
export function SpacePicker({ id, placeId, placeName, value, knownName, error, onChange }: SpacePickerProps) {
  const spaces = usePlaceSpaces(placeId);
  const listed = value === '' || (spaces.data?.some((space) => space.id === value) ?? false);

  let hint = `One of ${placeName}’s spaces, in person or online. Leave it as “Across ${placeName}” for an event that is not at one space.`;
  if (spaces.isPending) hint = `Loading ${placeName}’s spaces…`;
  else if (spaces.isError) hint = `${placeName}’s spaces could not be loaded. Try reloading the page.`;

  return (
    <FormField id={id} label="Where it happens" hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          className="input input--medium select"
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        >
          <option value="">Across {placeName}, not at one space</option>
          {!listed ? <option value={value}>{knownName ?? 'The current space'}</option> : null}
          {spaces.data?.map((space) => (
            <option key={space.id} value={space.id}>
              {space.name}
              {STAGE_NOTES[space.status] ?? ''}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
