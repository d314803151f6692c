import { useId, useState } from 'react';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { formatCount } from '@/lib/format';
import { useNeighbourhoodSearch } from '../api/list-neighbourhoods';
import type { Neighbourhood } from '../types';

export interface NeighbourhoodSelectProps {
  placeId: string;
  /** The id of the select, so a label, an error summary or a test can find it. */
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  /** The chosen LSOA code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  /** The first choice, meaning “none”, e.g. “Any neighbourhood”. */
  noneLabel: string;
}

function optionLabel(neighbourhood: Neighbourhood): string {
  return `${neighbourhood.name} (${neighbourhood.code})`;
}

/**
 * Choose one of a place's neighbourhoods: a search box narrows the list by name or code (a place
 * can have hundreds), and a plain select makes the choice.
 */
export function NeighbourhoodSelect({ placeId, id, label, hint, error, optional = false, value, onChange, noneLabel }: NeighbourhoodSelectProps) {
  const [draft, setDraft] = useState('');
  const q = useDebouncedValue(draft.trim());
  const searchId = useId();
  const statusId = useId();
  const matches = useNeighbourhoodSearch(placeId, q);
  const items = matches.data?.items ?? [];
  const chosenShown = value === '' || items.some((item) => item.code === value);
  // The chosen one may not be among the matches: look it up by its code, for its name.
  const chosen = useNeighbourhoodSearch(placeId, value, { enabled: !chosenShown });
  const chosenItem = chosenShown ? undefined : chosen.data?.items.find((item) => item.code === value);

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null, statusId].filter(Boolean).join(' ');
  const total = matches.data?.total;

  let status = '';
  if (matches.isError) status = 'The neighbourhoods could not be loaded.';
  else if (total === undefined) status = 'Loading neighbourhoods…';
  else if (total === 0) status = q ? `No neighbourhood matches “${q}”.` : 'This place has no neighbourhoods yet.';
  else if (total > items.length) status = `Showing ${formatCount(items.length)} of ${formatCount(total)}. Type in the search box to narrow the list.`;
  else status = `${formatCount(total)} to choose from.`;

  return (
    <div className={error ? 'field field--error neighbourhood-select' : 'field neighbourhood-select'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="neighbourhood-select__controls">
        <div className="neighbourhood-select__search">
          <label className="neighbourhood-select__search-label" htmlFor={searchId}>
            Search by name or code
          </label>
          <input
            id={searchId}
            className="input"
            type="search"
            autoComplete="off"
            maxLength={100}
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
            }}
          />
        </div>
        <select
          id={id}
          name={id}
          className="input neighbourhood-select__select"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        >
          <option value="">{noneLabel}</option>
          {!chosenShown ? <option value={value}>{chosenItem ? optionLabel(chosenItem) : value}</option> : null}
          {items.map((item) => (
            <option key={item.code} value={item.code}>
              {optionLabel(item)}
            </option>
          ))}
        </select>
      </div>
      <p className="field__hint neighbourhood-select__status" id={statusId} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
