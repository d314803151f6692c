import { useMemo, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { FormActions } from '@/components/form-actions';
import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { ProblemSummary } from '@/components/problem-summary';
import { FormField, FormFieldset } from '@/components/form-field';
import { StaleSummary } from '@/components/stale-summary';
import { hasStatus, splitFieldErrors } from '@/lib/problem';
import { useManagingPartner } from '../api/get-partner';
import { useSpaces } from '../api/list-spaces';
import { usePlacePartners } from '../api/list-partners';
import { centreOf, formatCoordinate, type LatLon } from '../lib/geo';
import { COSTS, COST_LABELS, KIND_LABELS, MODE_HINTS, MODE_LABELS, SPACE_KINDS, SPACE_MODES, isOneOf, languageLabel } from '../lib/labels';
import { STATUSES, STATUS_LABELS } from '../lib/lifecycle';
import {
  checkSpaceForm,
  fieldId,
  formKeyFor,
  parseLanguages,
  periodKey,
  toFormValues,
  toSpaceInput,
  usesLocation,
  usesOnline,
  type SpaceFormErrors,
  type SpaceFormValues,
} from '../lib/space-form';
import type { Space, SpaceFeature, SpaceInput } from '../types';
import { FeatureCheckboxes } from './feature-checkboxes';
import { LocationPickerMap, MapFrame } from './map/lazy-maps';
import { NeighbourhoodSelect } from './neighbourhood-select';
import { OpeningHoursEditor } from './opening-hours-editor';
import '../spaces.css';

const LABELS: Record<string, string> = {
  name: 'Name',
  kind: 'Kind of space',
  mode: 'In person or online',
  status: 'Stage',
  location: 'Location',
  'location.lat': 'Latitude',
  'location.lon': 'Longitude',
  address: 'Address',
  postcode: 'Postcode',
  url: 'Joining link',
  platform: 'Platform',
  neighbourhoodCode: 'Neighbourhood',
  managingPartnerId: 'Managing partner',
  capacity: 'Capacity',
  cost: 'Cost',
  'openingHours.periods': 'Opening hours',
  'openingHours.note': 'Note about opening',
  accessibility: 'Accessibility',
  welcome: 'Welcome',
  languages: 'Languages',
  description: 'Description',
};

export interface SpaceFormProps {
  place: { id: string; name: string };
  /** The space being edited; absent when adding one. */
  initial?: Space;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** The last failed submission, usually a problem+json from the API. */
  error: unknown;
  onSubmit: (input: SpaceInput) => void;
  /** Where “Cancel” goes. */
  cancelTo: string;
  /** Fetches the space again after someone else changed it (412). */
  onReload?: () => void;
  /** The level of the form's section headings: 2 on a page of its own, 3 inside a place's page. */
  headingLevel?: 2 | 3;
}

function parsedLocation(values: SpaceFormValues): LatLon | undefined {
  const lat = Number(values.lat);
  const lon = Number(values.lon);
  if (values.lat.trim() === '' || values.lon.trim() === '' || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

/** The add/edit form for a space. Which fields show depends on whether it is in person, online or both. */
export function SpaceForm({
  place,
  initial,
  submitLabel,
  pendingLabel,
  pending,
  error,
  onSubmit,
  cancelTo,
  onReload,
  headingLevel = 2,
}: SpaceFormProps) {
  const Section = headingLevel === 2 ? 'h2' : 'h3';
  const [values, setValues] = useState<SpaceFormValues>(() => toFormValues(initial));
  const [clientErrors, setClientErrors] = useState<SpaceFormErrors | null>(null);
  const [sentPeriodKeys, setSentPeriodKeys] = useState<string[]>([]);

  const server = splitFieldErrors(error, (path) => formKeyFor(path, sentPeriodKeys));
  const errors: SpaceFormErrors = clientErrors ?? (server.byField as SpaceFormErrors);
  const stale = hasStatus(error, 412);
  const showLocation = usesLocation(values.mode);
  const showOnline = usesOnline(values.mode);
  const location = parsedLocation(values);

  const set = <K extends keyof SpaceFormValues>(field: K, value: SpaceFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  // Where the map starts when there is no location yet: the middle of the place's other spaces.
  const others = useSpaces({ place: place.id }, { limit: 200, enabled: showLocation && location === undefined });
  const fallbackCentre = useMemo(
    () => centreOf(others.data?.pages.flatMap((page) => page.items.flatMap((space) => (space.location ? [space.location] : []))) ?? []),
    [others.data],
  );

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const found = checkSpaceForm(values);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    setSentPeriodKeys(values.periods.map((period) => period.key));
    onSubmit(toSpaceInput(values, place.id, { includeStatus: initial === undefined }));
  };

  // The summary lists the problems in the order the fields appear.
  const order = [
    'name',
    'kind',
    'mode',
    'status',
    'location',
    'location.lat',
    'location.lon',
    'address',
    'postcode',
    'url',
    'platform',
    'neighbourhoodCode',
    'managingPartnerId',
    'capacity',
    'cost',
    'openingHours.periods',
    ...values.periods.flatMap((period) => (['row', 'day', 'opens', 'closes'] as const).map((part) => periodKey(period.key, part))),
    'openingHours.note',
    'accessibility',
    'welcome',
    'languages',
    'description',
  ];
  const fieldItems: SummaryItem[] = order.flatMap((key) => {
    const message = errors[key];
    if (!message) return [];
    const period = /^periods\.(.+)\.(row|day|opens|closes)$/.exec(key);
    let label = LABELS[key] ?? key;
    let target = fieldId(key);
    if (period) {
      const index = values.periods.findIndex((item) => item.key === period[1]);
      const part = period[2] ?? 'row';
      label = `Opening time ${String(index + 1)}${part === 'row' ? '' : `, ${part === 'day' ? 'day' : part}`}`;
      if (part === 'row') target = fieldId(periodKey(period[1] ?? '', 'day'));
    }
    if (key === 'location') target = fieldId('location.lat');
    if (key === 'openingHours.periods') target = fieldId('openingHours.add');
    if (key === 'accessibility' || key === 'welcome') target = `space-feature-${key}`;
    if (key === 'mode') target = fieldId('mode');
    return [{ fieldId: target, message: `${label}: ${message}` }];
  });

  let summary = null;
  if (clientErrors && fieldItems.length > 0) {
    summary = <ErrorSummary title="There is a problem" items={fieldItems} />;
  } else if (stale) {
    summary = <StaleSummary thing="space" onReload={onReload} />;
  } else if (error !== null && error !== undefined) {
    summary = <ProblemSummary error={error} items={[...fieldItems, ...server.other.map((message) => ({ message }))]} />;
  }

  const languageNames = parseLanguages(values.languages).map(languageLabel);

  return (
    <form className="form space-form" onSubmit={handleSubmit} noValidate aria-busy={pending}>
      {summary}

      <Section className="space-form__section">About the space</Section>
      <FormField id={fieldId('name')} label={LABELS.name ?? 'Name'} error={errors.name}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="off"
            required
            maxLength={200}
            value={values.name}
            onChange={(event) => {
              set('name', event.target.value);
            }}
          />
        )}
      </FormField>

      <FormField id={fieldId('kind')} label="Kind of space" error={errors.kind}>
        {(control) => (
          <select
            {...control}
            className="input input--medium"
            required
            value={values.kind}
            onChange={(event) => {
              const kind = event.target.value;
              set('kind', isOneOf(SPACE_KINDS, kind) ? kind : '');
            }}
          >
            <option value="">Choose a kind</option>
            {SPACE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormFieldset id={fieldId('mode')} legend="In person or online" error={errors.mode}>
        <ul className="choices">
          {SPACE_MODES.map((mode, index) => {
            const id = index === 0 ? fieldId('mode') : `${fieldId('mode')}-${mode}`;
            return (
              <li key={mode} className="choice">
                <input
                  id={id}
                  className="choice__input"
                  type="radio"
                  name="space-mode"
                  value={mode}
                  checked={values.mode === mode}
                  aria-describedby={`${id}-hint`}
                  onChange={() => {
                    set('mode', mode);
                  }}
                />
                <label className="choice__label" htmlFor={id}>
                  {MODE_LABELS[mode]}
                </label>
                <p className="choice__hint" id={`${id}-hint`}>
                  {MODE_HINTS[mode]}
                </p>
              </li>
            );
          })}
        </ul>
      </FormFieldset>

      {initial === undefined ? (
        <FormField
          id={fieldId('status')}
          label="Stage"
          hint="Most new spaces start as an idea. Later moves use “Change status”, so they are kept in the space’s history."
          error={errors.status}
        >
          {(control) => (
            <select
              {...control}
              className="input input--medium"
              value={values.status}
              onChange={(event) => {
                const status = event.target.value;
                if (isOneOf(STATUSES, status)) set('status', status);
              }}
            >
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}

      {showLocation ? (
        <>
          <Section className="space-form__section">Where it is</Section>
          <fieldset
            className={errors.location ? 'fieldset field field--error' : 'fieldset field'}
            aria-describedby={`${fieldId('location')}-hint${errors.location ? ` ${fieldId('location')}-error` : ''}`}
          >
            <legend className="field__label">Location</legend>
            <p className="field__hint" id={`${fieldId('location')}-hint`}>
              Click the map to put a pin where the space is, and drag the pin to adjust it. Or type the latitude and longitude.
            </p>
            {errors.location ? (
              <p className="field__error" id={`${fieldId('location')}-error`}>
                <span className="visually-hidden">Error: </span>
                {errors.location}
              </p>
            ) : null}
            <MapFrame size="medium">
              <LocationPickerMap
                label="Map for choosing the location: click to put the pin there"
                value={location}
                fallbackCentre={fallbackCentre}
                onChange={(point) => {
                  setValues((current) => ({ ...current, lat: formatCoordinate(point.lat), lon: formatCoordinate(point.lon) }));
                }}
              />
            </MapFrame>
            <div className="location-inputs">
              <FormField id={fieldId('location.lat')} label="Latitude" hint="For example, 53.7217" error={errors['location.lat']}>
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={values.lat}
                    onChange={(event) => {
                      set('lat', event.target.value);
                    }}
                  />
                )}
              </FormField>
              <FormField id={fieldId('location.lon')} label="Longitude" hint="For example, -1.8575" error={errors['location.lon']}>
                {(control) => (
                  <input
                    {...control}
                    className="input"
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={values.lon}
                    onChange={(event) => {
                      set('lon', event.target.value);
                    }}
                  />
                )}
              </FormField>
            </div>
          </fieldset>

          <FormField id={fieldId('address')} label="Address" error={errors.address} optional>
            {(control) => (
              <textarea
                {...control}
                className="input textarea textarea--short"
                rows={2}
                maxLength={500}
                autoComplete="street-address"
                value={values.address}
                onChange={(event) => {
                  set('address', event.target.value);
                }}
              />
            )}
          </FormField>

          <FormField id={fieldId('postcode')} label="Postcode" hint="For example, HX1 1UN." error={errors.postcode} optional>
            {(control) => (
              <input
                {...control}
                className="input input--short"
                type="text"
                autoComplete="postal-code"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={10}
                value={values.postcode}
                onChange={(event) => {
                  set('postcode', event.target.value);
                }}
              />
            )}
          </FormField>
        </>
      ) : null}

      {showOnline ? (
        <>
          <Section className="space-form__section">Joining online</Section>
          <FormField
            id={fieldId('url')}
            label="Joining link"
            hint="The web address where people join, starting with https://"
            error={errors.url}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="url"
                inputMode="url"
                autoComplete="url"
                spellCheck={false}
                required
                maxLength={500}
                value={values.url}
                onChange={(event) => {
                  set('url', event.target.value);
                }}
              />
            )}
          </FormField>
          <FormField id={fieldId('platform')} label="Platform" hint="What people use to join, like Zoom, Teams, Discord or WhatsApp." error={errors.platform}>
            {(control) => (
              <input
                {...control}
                className="input input--medium"
                type="text"
                required
                maxLength={100}
                value={values.platform}
                onChange={(event) => {
                  set('platform', event.target.value);
                }}
              />
            )}
          </FormField>
        </>
      ) : null}

      <Section className="space-form__section">Who it serves and who runs it</Section>
      <NeighbourhoodSelect
        placeId={place.id}
        id={fieldId('neighbourhoodCode')}
        label="Neighbourhood"
        hint={`The ${place.name} neighbourhood (LSOA) it is in or mainly serves.`}
        noneLabel="Not given"
        optional
        error={errors.neighbourhoodCode}
        value={values.neighbourhoodCode}
        onChange={(code) => {
          set('neighbourhoodCode', code);
        }}
      />

      <ManagingPartnerField
        placeId={place.id}
        placeName={place.name}
        value={values.managingPartnerId}
        error={errors.managingPartnerId}
        onChange={(id) => {
          set('managingPartnerId', id);
        }}
      />

      <FormField id={fieldId('capacity')} label="Capacity" hint="How many people it holds at once." error={errors.capacity} optional>
        {(control) => (
          <input
            {...control}
            className="input input--short"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={values.capacity}
            onChange={(event) => {
              set('capacity', event.target.value);
            }}
          />
        )}
      </FormField>

      <FormField id={fieldId('cost')} label="Cost to use it" error={errors.cost} optional>
        {(control) => (
          <select
            {...control}
            className="input input--short"
            value={values.cost}
            onChange={(event) => {
              const cost = event.target.value;
              set('cost', isOneOf(COSTS, cost) ? cost : '');
            }}
          >
            <option value="">Not given</option>
            {COSTS.map((cost) => (
              <option key={cost} value={cost}>
                {COST_LABELS[cost]}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <Section className="space-form__section">When it is open</Section>
      <OpeningHoursEditor
        periods={values.periods}
        note={values.hoursNote}
        errors={errors}
        onPeriodsChange={(periods) => {
          set('periods', periods);
        }}
        onNoteChange={(note) => {
          set('hoursNote', note);
        }}
      />

      <Section className="space-form__section">Accessibility and welcome</Section>
      <FeatureCheckboxes
        idPrefix="space-feature"
        checked={values.features}
        accessibilityError={errors.accessibility}
        welcomeError={errors.welcome}
        onChange={(feature: SpaceFeature, checked) => {
          setValues((current) => ({
            ...current,
            features: checked ? [...current.features.filter((item) => item !== feature), feature] : current.features.filter((item) => item !== feature),
          }));
        }}
      />

      <FormField
        id={fieldId('languages')}
        label="Languages spoken"
        hint="Language codes separated by commas, like en, ur, pl for English, Urdu and Polish."
        error={errors.languages}
        optional
      >
        {(control) => (
          <>
            <input
              {...control}
              className="input input--medium"
              type="text"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={values.languages}
              onChange={(event) => {
                set('languages', event.target.value);
              }}
            />
            <p className="field__hint languages-preview" aria-live="polite">
              {languageNames.length > 0 ? `Reads as: ${languageNames.join(', ')}.` : ''}
            </p>
          </>
        )}
      </FormField>

      <FormField id={fieldId('description')} label="Description" hint="What happens there and who it is for. Up to 4,000 characters." error={errors.description} optional>
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={5}
            maxLength={4000}
            value={values.description}
            onChange={(event) => {
              set('description', event.target.value);
            }}
          />
        )}
      </FormField>

      <FormActions pending={pending} submitLabel={submitLabel} pendingLabel={pendingLabel}>
        <Link to={cancelTo} className="button button--quiet">
          Cancel
        </Link>
      </FormActions>
    </form>
  );
}

function ManagingPartnerField({
  placeId,
  placeName,
  value,
  error,
  onChange,
}: {
  placeId: string;
  placeName: string;
  value: string;
  error: string | undefined;
  onChange: (id: string) => void;
}) {
  const partners = usePlacePartners(placeId);
  const listed = value === '' || (partners.data?.some((partner) => partner.id === value) ?? false);
  // The current partner may have left the partnership since: still show it by name.
  const current = useManagingPartner(!listed && partners.isSuccess ? value : undefined);

  let hint = `A partner in ${placeName}’s partnership that runs the space.`;
  if (partners.isPending) hint = `Loading ${placeName}’s partners…`;
  else if (partners.isError) hint = `${placeName}’s partners could not be loaded. Try reloading the page.`;
  else if (partners.data.length === 0) hint = `${placeName}’s partnership has no partners yet.`;

  return (
    <FormField id={fieldId('managingPartnerId')} label="Managing partner" hint={hint} error={error} optional>
      {(control) => (
        <select
          {...control}
          className="input input--medium"
          value={value}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        >
          <option value="">No managing partner</option>
          {!listed ? <option value={value}>{current.data?.name ?? 'The current partner'}</option> : null}
          {partners.data?.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
