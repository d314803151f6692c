import { useId, useState } from 'react';
import { Button } from '@/components/button';
import { useGaps } from '../api/get-gaps';
import { usePlaceEvents } from '../api/list-events';
import { usePlaceSpaces } from '../api/list-spaces';
import { usePlaceSurveys } from '../api/list-surveys';
import { countFilters, isDate, type InsightsView, type Interval } from '../lib/filters';
import { BREAKDOWNS, BREAKDOWN_LABELS, INDICATOR_NAMES, KEY_INDICATORS, isBreakdown, isKeyIndicator } from '../lib/labels';

const INTERVAL_LABELS: Record<Interval, string> = {
  quarter: 'Quarters',
  month: 'Months',
  year: 'Years',
  none: 'The whole period',
};

export interface InsightsFiltersProps {
  placeId: string;
  view: InsightsView;
  signedIn: boolean;
  onChange: (changes: Partial<InsightsView>) => void;
  onClear: () => void;
}

function ChoiceSelect({
  id,
  label,
  value,
  anyLabel,
  options,
  loading,
  failed,
  onChange,
  onFocus,
}: {
  id: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: readonly { id: string; name: string }[] | undefined;
  loading: boolean;
  failed: boolean;
  onChange: (value: string | undefined) => void;
  /** The list is wanted: e.g. to load it only then. */
  onFocus?: () => void;
}) {
  const listed = value === undefined || (options?.some((option) => option.id === value) ?? false);
  return (
    <div className="field filters__field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input select"
        value={value ?? ''}
        aria-describedby={failed ? `${id}-error` : undefined}
        onFocus={onFocus}
        onPointerDown={onFocus}
        onChange={(event) => {
          onChange(event.target.value || undefined);
        }}
      >
        <option value="">{anyLabel}</option>
        {!listed ? <option value={value}>{loading ? 'Loading…' : 'The chosen one'}</option> : null}
        {options?.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
      {failed ? (
        <p className="field__hint" id={`${id}-error`}>
          The list could not be loaded.
        </p>
      ) : null}
    </div>
  );
}

/** The dashboard's filters. Every change goes into the address, so the view can be shared. */
export function InsightsFilters({ placeId, view, signedIn, onChange, onClear }: InsightsFiltersProps) {
  const ids = useId();
  const id = (name: string) => `${ids}-${name}`;
  // A place can have thousands of spaces: list them only once someone goes to choose one.
  const [spacesWanted, setSpacesWanted] = useState(view.space !== undefined);
  const spaces = usePlaceSpaces(placeId, { enabled: signedIn && (spacesWanted || view.space !== undefined) });
  const events = usePlaceEvents(placeId, { enabled: signedIn });
  const surveys = usePlaceSurveys(placeId, { enabled: signedIn });
  // The gap analysis lists every neighbourhood; asked for once someone goes to choose one (or the
  // address names one), and shared with the gap table further down.
  const [neighbourhoodsWanted, setNeighbourhoodsWanted] = useState(view.neighbourhood !== undefined);
  const gaps = useGaps(placeId, { enabled: neighbourhoodsWanted || view.neighbourhood !== undefined });
  const neighbourhoods = gaps.data?.items
    .map((row) => ({ id: row.code, name: row.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

  return (
    <form
      className="filters insights-filters"
      role="search"
      aria-label="Filter the insights"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <div className="field filters__field insights-filters__date">
        <label className="field__label" htmlFor={id('from')}>
          From
        </label>
        <input
          id={id('from')}
          className="input"
          type="date"
          value={view.from ?? ''}
          max={view.to}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ from: isDate(value) ? value : undefined });
          }}
        />
      </div>
      <div className="field filters__field insights-filters__date">
        <label className="field__label" htmlFor={id('to')}>
          To
        </label>
        <input
          id={id('to')}
          className="input"
          type="date"
          value={view.to ?? ''}
          min={view.from}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ to: isDate(value) ? value : undefined });
          }}
        />
      </div>
      <div className="field filters__field">
        <label className="field__label" htmlFor={id('interval')}>
          Show figures by
        </label>
        <select
          id={id('interval')}
          className="input select"
          value={view.interval}
          onChange={(event) => {
            const value = event.target.value as Interval;
            onChange({ interval: value });
          }}
        >
          {(Object.keys(INTERVAL_LABELS) as Interval[]).map((interval) => (
            <option key={interval} value={interval}>
              {INTERVAL_LABELS[interval]}
            </option>
          ))}
        </select>
      </div>
      <ChoiceSelect
        id={id('neighbourhood')}
        label="Neighbourhood"
        value={view.neighbourhood}
        anyLabel="All of the place"
        options={neighbourhoods}
        loading={gaps.isPending}
        failed={gaps.isError}
        onFocus={() => {
          setNeighbourhoodsWanted(true);
        }}
        onChange={(neighbourhood) => {
          onChange({ neighbourhood });
        }}
      />
      <div className="field filters__field">
        <label className="field__label" htmlFor={id('measure')}>
          Measure for the charts
        </label>
        <select
          id={id('measure')}
          className="input select"
          value={view.measure}
          onChange={(event) => {
            const value = event.target.value;
            if (isKeyIndicator(value)) onChange({ measure: value });
          }}
        >
          {KEY_INDICATORS.map((indicator) => (
            <option key={indicator} value={indicator}>
              {INDICATOR_NAMES[indicator]}
            </option>
          ))}
        </select>
      </div>
      <div className="field filters__field">
        <label className="field__label" htmlFor={id('breakdown')}>
          Break down by
        </label>
        <select
          id={id('breakdown')}
          className="input select"
          value={signedIn ? (view.breakdown ?? '') : ''}
          disabled={!signedIn}
          aria-describedby={signedIn ? undefined : id('breakdown-hint')}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ breakdown: isBreakdown(value) ? value : undefined });
          }}
        >
          <option value="">No breakdown</option>
          {BREAKDOWNS.map((breakdown) => (
            <option key={breakdown} value={breakdown}>
              {BREAKDOWN_LABELS[breakdown]}
            </option>
          ))}
        </select>
        {!signedIn ? (
          <p className="field__hint" id={id('breakdown-hint')}>
            Sign in to break the figures down.
          </p>
        ) : null}
      </div>
      {signedIn ? (
        <>
          <ChoiceSelect
            id={id('space')}
            label="Space"
            value={view.space}
            anyLabel="Any space"
            options={spaces.data}
            loading={spaces.isPending}
            failed={spaces.isError}
            onFocus={() => {
              setSpacesWanted(true);
            }}
            onChange={(space) => {
              onChange({ space });
            }}
          />
          <ChoiceSelect
            id={id('event')}
            label="Event"
            value={view.event}
            anyLabel="Any event"
            options={events.data?.map((event) => ({ id: event.id, name: event.title }))}
            loading={events.isPending}
            failed={events.isError}
            onChange={(event) => {
              onChange({ event });
            }}
          />
          <ChoiceSelect
            id={id('survey')}
            label="Survey"
            value={view.survey}
            anyLabel="Any survey"
            options={surveys.data?.map((survey) => ({ id: survey.id, name: survey.title }))}
            loading={surveys.isPending}
            failed={surveys.isError}
            onChange={(survey) => {
              onChange({ survey });
            }}
          />
        </>
      ) : null}
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
