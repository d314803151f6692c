import { useId } from 'react';
import { Button } from '@/components/button';
import { usePlaceSpaces } from '../api/list-spaces';
import { useHostPartnership } from '../api/get-partnership';
import { AUDIENCES, AUDIENCE_LABELS, CATEGORIES, CATEGORY_LABELS, isOneOf } from '../lib/labels';
import { countFilters, type WhatsOnView } from '../lib/whats-on';

export interface WhatsOnFiltersProps {
  placeId: string;
  view: WhatsOnView;
  onChange: (changes: Partial<WhatsOnView>) => void;
  onClear: () => void;
}

/** Narrow What's on by kind of event, who it is for, space and host. Each change goes into the address. */
export function WhatsOnFilters({ placeId, view, onChange, onClear }: WhatsOnFiltersProps) {
  const ids = useId();
  const id = (name: string) => `${ids}-${name}`;
  const spaces = usePlaceSpaces(placeId);
  const partnership = useHostPartnership(placeId);
  const partners = (partnership.data?.members ?? [])
    .map((member) => member.partner)
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const spaceListed = view.space === undefined || (spaces.data?.some((space) => space.id === view.space) ?? false);
  const partnerListed = view.partner === undefined || partners.some((partner) => partner.id === view.partner);

  return (
    <form
      className="filters whats-on-filters"
      role="search"
      aria-label="Filter what’s on"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <div className="field filters__field">
        <label className="field__label" htmlFor={id('category')}>
          Kind of event
        </label>
        <select
          id={id('category')}
          className="input select"
          value={view.category ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ category: isOneOf(CATEGORIES, value) ? value : undefined });
          }}
        >
          <option value="">Any kind</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__field">
        <label className="field__label" htmlFor={id('audience')}>
          Who it’s for
        </label>
        <select
          id={id('audience')}
          className="input select"
          value={view.audience ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ audience: isOneOf(AUDIENCES, value) ? value : undefined });
          }}
        >
          <option value="">Anyone</option>
          {AUDIENCES.map((audience) => (
            <option key={audience} value={audience}>
              {AUDIENCE_LABELS[audience]}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__field">
        <label className="field__label" htmlFor={id('space')}>
          Space
        </label>
        <select
          id={id('space')}
          className="input select"
          value={view.space ?? ''}
          aria-describedby={spaces.isError ? id('space-error') : undefined}
          onChange={(event) => {
            onChange({ space: event.target.value || undefined });
          }}
        >
          <option value="">Any space</option>
          {!spaceListed ? <option value={view.space}>{spaces.isPending ? 'Loading…' : 'The chosen space'}</option> : null}
          {spaces.data?.map((space) => (
            <option key={space.id} value={space.id}>
              {space.name}
            </option>
          ))}
        </select>
        {spaces.isError ? (
          <p className="field__hint" id={id('space-error')}>
            The spaces could not be loaded.
          </p>
        ) : null}
      </div>
      <div className="field filters__field">
        <label className="field__label" htmlFor={id('partner')}>
          Hosted by
        </label>
        <select
          id={id('partner')}
          className="input select"
          value={view.partner ?? ''}
          aria-describedby={partnership.isError ? id('partner-error') : undefined}
          onChange={(event) => {
            onChange({ partner: event.target.value || undefined });
          }}
        >
          <option value="">Any partner</option>
          {!partnerListed ? <option value={view.partner}>{partnership.isPending ? 'Loading…' : 'The chosen partner'}</option> : null}
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
        {partnership.isError ? (
          <p className="field__hint" id={id('partner-error')}>
            The partners could not be loaded.
          </p>
        ) : null}
      </div>
      {countFilters(view) > 0 ? (
        <div className="filters__actions">
          <Button variant="quiet" className="button--small" onClick={onClear}>
            Clear filters
          </Button>
        </div>
      ) : null}
    </form>
  );
}
