import { FormFieldset } from '@/components/form-field';
import { useHostPartnership } from '../api/get-partnership';
import type { PartnerRef } from '../types';

export interface HostPickerProps {
  id: string;
  placeId: string;
  placeName: string;
  value: readonly string[];
  /** Hosts the event already has, by name, for any that have left the partnership since. */
  knownHosts?: readonly PartnerRef[] | undefined;
  error?: string | undefined;
  onChange: (ids: string[]) => void;
}

/** Choose the partners who host the event: any of the place's active partnership members, several when co-hosted. */
export function HostPicker({ id, placeId, placeName, value, knownHosts = [], error, onChange }: HostPickerProps) {
  const partnership = useHostPartnership(placeId);
  const members = (partnership.data?.members ?? [])
    .filter((member) => member.status === 'active')
    .map((member) => ({ id: member.partner.id, name: member.partner.name, note: undefined as string | undefined }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  // Hosts no longer listed (e.g. they left the partnership) stay visible, so they can be unticked.
  const unlisted = value
    .filter((hostId) => !members.some((member) => member.id === hostId))
    .map((hostId) => ({
      id: hostId,
      name: knownHosts.find((host) => host.id === hostId)?.name ?? 'A partner no longer listed',
      note: partnership.isSuccess ? 'Not an active member of the partnership now' : undefined,
    }));
  const choices = [...unlisted, ...members];

  let hint = `Partners in ${placeName}’s partnership. Choose two or more when it is co-hosted.`;
  if (partnership.isPending) hint = `Loading ${placeName}’s partners…`;
  else if (partnership.isError) hint = `${placeName}’s partners could not be loaded. Try reloading the page.`;
  else if (members.length === 0) hint = `${placeName}’s partnership has no active members yet. Add partners to the partnership first.`;

  return (
    <FormFieldset id={id} legend="Hosted by" hint={hint} error={error}>
      {choices.length > 0 ? (
        <ul className="choices choices--columns host-picker">
          {choices.map((choice, index) => {
            const controlId = index === 0 ? id : `${id}-${choice.id}`;
            const checked = value.includes(choice.id);
            return (
              <li key={choice.id} className="choice">
                <input
                  id={controlId}
                  className="choice__input"
                  type="checkbox"
                  checked={checked}
                  aria-describedby={choice.note ? `${controlId}-note` : undefined}
                  onChange={(event) => {
                    onChange(event.target.checked ? [...value, choice.id] : value.filter((item) => item !== choice.id));
                  }}
                />
                <label className="choice__label" htmlFor={controlId}>
                  {choice.name}
                </label>
                {choice.note ? (
                  <p className="choice__hint" id={`${controlId}-note`}>
                    {choice.note}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </FormFieldset>
  );
}
