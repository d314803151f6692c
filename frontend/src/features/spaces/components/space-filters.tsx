import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '@/components/button';
import type { DebouncedSearchParam } from '@/lib/use-search-param';
import { countFilters, type SpaceFilters } from '../lib/filters';
import { KIND_LABELS, MODE_LABELS, SPACE_KINDS, SPACE_MODES, isOneOf } from '../lib/labels';
import { STATUSES, STATUS_LABELS } from '../lib/lifecycle';
import type { SpaceFeature } from '../types';
import { FeatureCheckboxes } from './feature-checkboxes';
import { NeighbourhoodSelect } from './neighbourhood-select';

export interface SpaceFilterControlsProps {
  placeId: string;
  filters: SpaceFilters;
  onChange: (changes: Partial<SpaceFilters>) => void;
  /** The search box, written to the URL as typing pauses. */
  search: DebouncedSearchParam;
  onClear: () => void;
}

/** Search and narrow the list: words, kind, stage, in person or online, neighbourhood, features. */
export function SpaceFilterControls({ placeId, filters, onChange, search, onClear }: SpaceFilterControlsProps) {
  const ids = useId();
  const id = (name: string) => `${ids}-${name}`;
  const chosen = filters.features.length + (filters.neighbourhood ? 1 : 0);
  // Open at first when the address already narrows by these; after that, as the person leaves it.
  const [moreOpen, setMoreOpen] = useState(chosen > 0);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    search.commit();
  };

  const toggleFeature = (feature: SpaceFeature, checked: boolean) => {
    const next = new Set(filters.features);
    if (checked) next.add(feature);
    else next.delete(feature);
    onChange({ features: [...next] });
  };

  return (
    <form className="space-filters" role="search" aria-label="Find spaces" onSubmit={submit}>
      <div className="space-filters__row">
        <div className="field space-filters__search">
          <label className="field__label" htmlFor={id('q')}>
            Search
          </label>
          <p className="field__hint" id={id('q-hint')}>
            Words in the name, description or address.
          </p>
          <div className="space-filters__search-box">
            <input
              id={id('q')}
              className="input"
              type="search"
              autoComplete="off"
              maxLength={100}
              aria-describedby={id('q-hint')}
              value={search.draft}
              onChange={(event) => {
                search.setDraft(event.target.value);
              }}
            />
            <Button type="submit" variant="secondary">
              Search
            </Button>
          </div>
        </div>
      </div>
      <div className="space-filters__row space-filters__selects">
        <div className="field">
          <label className="field__label" htmlFor={id('kind')}>
            Kind of space
          </label>
          <select
            id={id('kind')}
            className="input"
            value={filters.kind ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              onChange({ kind: isOneOf(SPACE_KINDS, value) ? value : undefined });
            }}
          >
            <option value="">Any kind</option>
            {SPACE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('status')}>
            Stage
          </label>
          <select
            id={id('status')}
            className="input"
            value={filters.status ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              onChange({ status: isOneOf(STATUSES, value) ? value : undefined });
            }}
          >
            <option value="">Any stage</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={id('mode')}>
            In person or online
          </label>
          <select
            id={id('mode')}
            className="input"
            value={filters.mode ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              onChange({ mode: isOneOf(SPACE_MODES, value) ? value : undefined });
            }}
          >
            <option value="">Either</option>
            {SPACE_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {MODE_LABELS[mode]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details
        className="space-filters__more"
        open={moreOpen}
        onToggle={(event) => {
          setMoreOpen(event.currentTarget.open);
        }}
      >
        <summary className="space-filters__summary">
          Neighbourhood, accessibility and welcome
          {chosen > 0 ? ` (${String(chosen)} chosen)` : ''}
        </summary>
        <NeighbourhoodSelect
          placeId={placeId}
          id={id('neighbourhood')}
          label="Neighbourhood"
          noneLabel="Any neighbourhood"
          value={filters.neighbourhood ?? ''}
          onChange={(code) => {
            onChange({ neighbourhood: code || undefined });
          }}
        />
        <FeatureCheckboxes
          idPrefix={id('feature')}
          checked={filters.features}
          onChange={toggleFeature}
          accessibilityLegend="Accessibility: show spaces with all of"
          welcomeLegend="Welcome: show spaces with all of"
        />
      </details>
      {countFilters(filters) > 0 ? (
        <p className="space-filters__clear">
          <Button variant="quiet" className="button--small" onClick={onClear}>
            Clear all filters
          </Button>
        </p>
      ) : null}
    </form>
  );
}
