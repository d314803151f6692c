import { FormField, FormFieldset } from '@/components/form-field';
import { useSurveyPlaceEvents } from '../api/list-events';
import { useSurveyPlaceSpaces } from '../api/list-spaces';
import type { SurveyTarget } from '../lib/survey-form';

export interface TargetPickerProps {
  placeId: string;
  placeName: string;
  target: SurveyTarget;
  spaceId: string;
  eventId: string;
  onChange: (change: { target?: SurveyTarget; spaceId?: string; eventId?: string }) => void;
  spaceError?: string | undefined;
  eventError?: string | undefined;
  ids: { target: string; space: string; event: string };
}

const TARGETS: readonly { value: SurveyTarget; label: string; hint: string }[] = [
  { value: 'place', label: 'The whole place', hint: 'How people feel about their neighbourhood and area.' },
  { value: 'space', label: 'One space', hint: 'For example people who use a community centre or library.' },
  { value: 'event', label: 'One event', hint: 'For example feedback from a coffee morning or a festival.' },
];

/** Whether a survey is about the whole place, one of its spaces or one of its events. */
export function TargetPicker({ placeId, placeName, target, spaceId, eventId, onChange, spaceError, eventError, ids }: TargetPickerProps) {
  const spaces = useSurveyPlaceSpaces(placeId, { enabled: target === 'space' });
  const events = useSurveyPlaceEvents(placeId, { enabled: target === 'event' });

  return (
    <>
      <FormFieldset id={ids.target} legend="What is the survey about?">
        <ul className="choices">
          {TARGETS.map((option, index) => {
            const id = index === 0 ? ids.target : `${ids.target}-${option.value}`;
            return (
              <li key={option.value} className="choice">
                <input
                  id={id}
                  className="choice__input"
                  type="radio"
                  name={ids.target}
                  value={option.value}
                  checked={target === option.value}
                  aria-describedby={`${id}-hint`}
                  onChange={() => {
                    onChange({ target: option.value });
                  }}
                />
                <label className="choice__label" htmlFor={id}>
                  {option.value === 'place' ? `${option.label} (${placeName})` : option.label}
                </label>
                <p className="choice__hint" id={`${id}-hint`}>
                  {option.hint}
                </p>
              </li>
            );
          })}
        </ul>
      </FormFieldset>
      {target === 'space' ? (
        <FormField
          id={ids.space}
          label="Space"
          error={spaceError ?? (spaces.isError ? 'The spaces could not be loaded. Try again in a moment.' : undefined)}
        >
          {(control) => (
            <select
              {...control}
              className="input input--medium select"
              value={spaceId}
              disabled={spaces.isPending}
              onChange={(event) => {
                onChange({ spaceId: event.target.value });
              }}
            >
              <option value="">{spaces.isPending ? 'Loading the spaces…' : 'Choose a space'}</option>
              {spaces.data?.map((space) => (
                <option key={space.id} value={space.id}>
                  {space.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      {target === 'event' ? (
        <FormField
          id={ids.event}
          label="Event"
          error={eventError ?? (events.isError ? 'The events could not be loaded. Try again in a moment.' : undefined)}
        >
          {(control) => (
            <select
              {...control}
              className="input input--medium select"
              value={eventId}
              disabled={events.isPending}
              onChange={(event) => {
                onChange({ eventId: event.target.value });
              }}
            >
              <option value="">{events.isPending ? 'Loading the events…' : 'Choose an event'}</option>
              {events.data?.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
    </>
  );
}
