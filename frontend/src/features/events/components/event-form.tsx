import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { FormActions } from '@/components/form-actions';
import { FormField, FormFieldset } from '@/components/form-field';
import { ProblemSummary } from '@/components/problem-summary';
import { StaleSummary } from '@/components/stale-summary';
import { hasStatus, splitFieldErrors } from '@/lib/problem';
import { formatLongDate, formatTimeRange, isDate } from '../lib/dates';
import {
  checkEventForm,
  endDateOf,
  exceptionKey,
  fieldId,
  formKeyFor,
  parseLanguages,
  toEventInput,
  toFormValues,
  type EventFormErrors,
  type EventFormValues,
  type ExceptionRow,
} from '../lib/event-form';
import { AUDIENCES, AUDIENCE_LABELS, CATEGORIES, CATEGORY_LABELS, COSTS, COST_LABELS, isOneOf, languageLabel } from '../lib/labels';
import { defaultRecurrence, type RecurrenceValues } from '../lib/recurrence-form';
import { weekdayAt } from '../lib/rrule';
import type { Event, EventInput } from '../types';
import { HostPicker } from './host-picker';
import { RecurrenceEditor } from './recurrence-editor';
import { SpacePicker } from './space-picker';
import '../events.css';

const LABELS: Record<string, string> = {
  title: 'Name',
  category: 'Kind of event',
  description: 'Description',
  audiences: 'Who it’s for',
  languages: 'Languages',
  date: 'Date',
  startTime: 'Starts at',
  endTime: 'Ends at',
  endDate: 'End date',
  recurrence: 'Does it repeat',
  interval: 'Every',
  weekdays: 'On which days',
  until: 'Last date',
  count: 'How many times',
  exceptions: 'Cancelled and moved dates',
  spaceId: 'Where it happens',
  hostPartnerIds: 'Hosted by',
  cost: 'Cost',
  capacity: 'Places',
  bookingUrl: 'Booking link',
  accessibilityNotes: 'Accessibility',
  status: 'Going ahead or cancelled',
};

const ORDER = [
  'title',
  'category',
  'description',
  'audiences',
  'languages',
  'date',
  'startTime',
  'endTime',
  'endDate',
  'recurrence',
  'interval',
  'weekdays',
  'until',
  'count',
  'exceptions',
];
const ORDER_AFTER = ['spaceId', 'hostPartnerIds', 'cost', 'capacity', 'bookingUrl', 'accessibilityNotes', 'status'];

export interface EventFormProps {
  place: { id: string; name: string };
  /** The event being edited; absent when adding one. */
  initial?: Event;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** The last failed submission, usually a problem+json from the API. */
  error: unknown;
  onSubmit: (input: EventInput) => void;
  /** Where “Cancel” goes. */
  cancelTo: string;
  /** Fetches the event again after someone else changed it (412). */
  onReload?: () => void;
  /** The level of the form's section headings: 2 on a page of its own, 3 inside a place's page. */
  headingLevel?: 2 | 3;
}

function exceptionText(row: ExceptionRow): string {
  if (row.cancelled) return `${formatLongDate(row.date)}: cancelled${row.note ? ` (${row.note})` : ''}`;
  const [startDate, startTime] = (row.start ?? '').split('T');
  const [endDate, endTime] = (row.end ?? '').split('T');
  const moved =
    startDate && startTime && endDate && endTime
      ? ` to ${formatLongDate(startDate)}, ${formatTimeRange({ date: startDate, time: startTime.slice(0, 5) }, { date: endDate, time: endTime.slice(0, 5) })}`
      : '';
  return `${formatLongDate(row.date)}: moved${moved}${row.note ? ` (${row.note})` : ''}`;
}

/** Keeps the repeat choices in step with a new first date, unless someone chose otherwise. */
function followDate(recurrence: RecurrenceValues, from: string, to: string): RecurrenceValues {
  if (!isDate(to)) return recurrence;
  const fresh = defaultRecurrence(to);
  const old = isDate(from) ? defaultRecurrence(from) : undefined;
  if (recurrence.mode === 'once') return { ...recurrence, weekdays: fresh.weekdays, position: fresh.position, weekday: fresh.weekday };
  if (recurrence.mode !== 'repeats' || !old) return recurrence;
  const next = { ...recurrence };
  if (recurrence.weekdays.length === 0 || (recurrence.weekdays.length === 1 && recurrence.weekdays[0] === weekdayAt(from))) next.weekdays = fresh.weekdays;
  if (recurrence.position === old.position && recurrence.weekday === old.weekday) {
    next.position = fresh.position;
    next.weekday = fresh.weekday;
  }
  return next;
}

/** The add/edit form for an event: what, when (with the recurrence editor), where, who hosts, taking part. */
export function EventForm({ place, initial, submitLabel, pendingLabel, pending, error, onSubmit, cancelTo, onReload, headingLevel = 2 }: EventFormProps) {
  const Section = headingLevel === 2 ? 'h2' : 'h3';
  const [values, setValues] = useState<EventFormValues>(() => toFormValues(initial));
  const [clientErrors, setClientErrors] = useState<EventFormErrors | null>(null);
  const [sentExceptionKeys, setSentExceptionKeys] = useState<string[]>([]);

  const server = splitFieldErrors(error, (path) => formKeyFor(path, sentExceptionKeys));
  const errors: EventFormErrors = clientErrors ?? server.byField;
  const stale = hasStatus(error, 412);
  const recurrenceErrors = Object.fromEntries(
    (['interval', 'weekdays', 'until', 'count', 'recurrence'] as const).flatMap((key) => (errors[key] ? [[key, errors[key]]] : [])),
  );

  const set = <K extends keyof EventFormValues>(field: K, value: EventFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const found = checkEventForm(values);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    setSentExceptionKeys(values.exceptions.map((row) => row.key));
    onSubmit(toEventInput(values, place.id, { includeStatus: initial !== undefined }));
  };

  const rowKeys = values.exceptions.map((row) => exceptionKey(row.key));
  const fieldItems: SummaryItem[] = [...ORDER, ...rowKeys, ...ORDER_AFTER].flatMap((key) => {
    const message = errors[key];
    if (!message) return [];
    let label = LABELS[key] ?? key;
    let target = fieldId(key);
    if (key.startsWith('exceptions.')) {
      const row = values.exceptions.find((item) => exceptionKey(item.key) === key);
      label = row ? `${row.cancelled ? 'Cancelled' : 'Moved'} date, ${formatLongDate(row.date)}` : 'A changed date';
      target = `${fieldId(key)}-remove`;
    }
    if (key === 'exceptions' && values.exceptions[0]) target = `${fieldId(exceptionKey(values.exceptions[0].key))}-remove`;
    return [{ fieldId: target, message: `${label}: ${message}` }];
  });

  let summary = null;
  if (clientErrors && fieldItems.length > 0) {
    summary = <ErrorSummary title="There is a problem" items={fieldItems} />;
  } else if (stale) {
    summary = <StaleSummary thing="event" onReload={onReload} />;
  } else if (error !== null && error !== undefined) {
    summary = <ProblemSummary error={error} items={[...fieldItems, ...server.other.map((message) => ({ message }))]} />;
  }

  const languageNames = parseLanguages(values.languages).map(languageLabel);
  const cancelledDates = values.exceptions.filter((row) => row.cancelled).map((row) => row.date);

  return (
    <form className="form event-form" onSubmit={handleSubmit} noValidate aria-busy={pending}>
      {summary}

      <Section className="event-form__section">About the event</Section>
      <FormField id={fieldId('title')} label="Name" hint="What people will see in What’s on and in their calendars." error={errors.title}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="off"
            required
            maxLength={200}
            value={values.title}
            onChange={(event) => {
              set('title', event.target.value);
            }}
          />
        )}
      </FormField>

      <FormField id={fieldId('category')} label="Kind of event" error={errors.category}>
        {(control) => (
          <select
            {...control}
            className="input input--medium select"
            required
            value={values.category}
            onChange={(event) => {
              const category = event.target.value;
              set('category', isOneOf(CATEGORIES, category) ? category : '');
            }}
          >
            <option value="">Choose a kind</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {CATEGORY_LABELS[category]}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <FormField id={fieldId('description')} label="Description" hint="What happens and what to expect. Up to 4,000 characters." error={errors.description} optional>
        {(control) => (
          <textarea
            {...control}
            className="input textarea"
            rows={4}
            maxLength={4000}
            value={values.description}
            onChange={(event) => {
              set('description', event.target.value);
            }}
          />
        )}
      </FormField>

      <FormFieldset id={fieldId('audiences')} legend="Who it’s especially for" hint="Leave them all unticked if it is for everyone." error={errors.audiences} optional>
        <ul className="choices choices--columns">
          {AUDIENCES.map((audience, index) => {
            const id = index === 0 ? fieldId('audiences') : `${fieldId('audiences')}-${audience}`;
            return (
              <li key={audience} className="choice">
                <input
                  id={id}
                  className="choice__input"
                  type="checkbox"
                  checked={values.audiences.includes(audience)}
                  onChange={(event) => {
                    const checked = event.target.checked;
                    setValues((current) => ({
                      ...current,
                      audiences: checked ? [...current.audiences.filter((item) => item !== audience), audience] : current.audiences.filter((item) => item !== audience),
                    }));
                  }}
                />
                <label className="choice__label" htmlFor={id}>
                  {AUDIENCE_LABELS[audience]}
                </label>
              </li>
            );
          })}
        </ul>
      </FormFieldset>

      <FormField
        id={fieldId('languages')}
        label="Languages it is run in"
        hint="Language codes separated by commas, like en, ur, pl for English, Urdu and Polish. Needed for a language community."
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
            <p className="field__hint" aria-live="polite">
              {languageNames.length > 0 ? `Reads as: ${languageNames.join(', ')}.` : ''}
            </p>
          </>
        )}
      </FormField>

      <Section className="event-form__section">When</Section>
      <p className="field__hint">Times are UK time (London).</p>
      <div className="event-form__when">
        <FormField id={fieldId('date')} label="Date" hint="If it repeats, the first date." error={errors.date}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              required
              value={values.date}
              onChange={(event) => {
                const date = event.target.value;
                setValues((current) => ({ ...current, date, recurrence: followDate(current.recurrence, current.date, date) }));
              }}
            />
          )}
        </FormField>
        <FormField id={fieldId('startTime')} label="Starts at" error={errors.startTime}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="time"
              required
              value={values.startTime}
              onChange={(event) => {
                set('startTime', event.target.value);
              }}
            />
          )}
        </FormField>
        <FormField id={fieldId('endTime')} label="Ends at" error={errors.endTime}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="time"
              required
              value={values.endTime}
              onChange={(event) => {
                set('endTime', event.target.value);
              }}
            />
          )}
        </FormField>
      </div>
      <div className="field">
        <div className="choice">
          <input
            id={fieldId('endsLater')}
            className="choice__input"
            type="checkbox"
            checked={values.endsLater}
            onChange={(event) => {
              const endsLater = event.target.checked;
              setValues((current) => ({ ...current, endsLater, endDate: endsLater && current.endDate === '' ? current.date : current.endDate }));
            }}
          />
          <label className="choice__label" htmlFor={fieldId('endsLater')}>
            It ends on a later day
          </label>
          <p className="choice__hint">For example, an evening that runs past midnight.</p>
        </div>
      </div>
      {values.endsLater ? (
        <FormField id={fieldId('endDate')} label="End date" error={errors.endDate}>
          {(control) => (
            <input
              {...control}
              className="input input--medium"
              type="date"
              min={isDate(values.date) ? values.date : undefined}
              value={values.endDate}
              onChange={(event) => {
                set('endDate', event.target.value);
              }}
            />
          )}
        </FormField>
      ) : null}

      <RecurrenceEditor
        idPrefix="event"
        values={values.recurrence}
        onChange={(recurrence) => {
          set('recurrence', recurrence);
        }}
        startDate={values.date}
        startTime={values.startTime}
        endDate={endDateOf(values)}
        endTime={values.endTime}
        errors={recurrenceErrors}
        onUseSuggestedStart={(date) => {
          setValues((current) => ({ ...current, date, recurrence: followDate(current.recurrence, current.date, date) }));
        }}
        cancelledDates={cancelledDates}
        headingLevel={headingLevel === 2 ? 3 : 4}
      />

      {values.exceptions.length > 0 ? (
        <FormFieldset
          id={fieldId('exceptions')}
          legend="Cancelled and moved dates"
          hint="Dates that differ from the schedule. Put one back and it happens as the schedule says."
          error={errors.exceptions}
        >
          <ul className="exception-list">
            {values.exceptions.map((row) => {
              const key = exceptionKey(row.key);
              const message = errors[key];
              return (
                <li key={row.key} className={message ? 'exception-row field--error' : 'exception-row'}>
                  <span className="exception-row__text">{exceptionText(row)}</span>
                  {message ? (
                    <p className="field__error" id={`${fieldId(key)}-error`}>
                      <span className="visually-hidden">Error: </span>
                      {message}
                    </p>
                  ) : null}
                  <Button
                    id={`${fieldId(key)}-remove`}
                    variant="secondary"
                    className="button--small"
                    aria-describedby={message ? `${fieldId(key)}-error` : undefined}
                    onClick={() => {
                      setValues((current) => ({ ...current, exceptions: current.exceptions.filter((item) => item.key !== row.key) }));
                    }}
                  >
                    Put back on the schedule<span className="visually-hidden">: {formatLongDate(row.date)}</span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </FormFieldset>
      ) : null}

      <Section className="event-form__section">Where and who hosts it</Section>
      <SpacePicker
        id={fieldId('spaceId')}
        placeId={place.id}
        placeName={place.name}
        value={values.spaceId}
        knownName={initial?.spaceName}
        error={errors.spaceId}
        onChange={(spaceId) => {
          set('spaceId', spaceId);
        }}
      />
      <HostPicker
        id={fieldId('hostPartnerIds')}
        placeId={place.id}
        placeName={place.name}
        value={values.hostPartnerIds}
        knownHosts={initial?.hosts}
        error={errors.hostPartnerIds}
        onChange={(ids) => {
          set('hostPartnerIds', ids);
        }}
      />

      <Section className="event-form__section">Taking part</Section>
      <FormField id={fieldId('cost')} label="Cost" error={errors.cost} optional>
        {(control) => (
          <select
            {...control}
            className="input input--short select"
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
      <FormField id={fieldId('capacity')} label="Places" hint="How many people can come." error={errors.capacity} optional>
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
      <FormField id={fieldId('bookingUrl')} label="Booking link" hint="Where people book a place, starting with https://. Leave it empty if they just turn up." error={errors.bookingUrl} optional>
        {(control) => (
          <input
            {...control}
            className="input"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            maxLength={500}
            value={values.bookingUrl}
            onChange={(event) => {
              set('bookingUrl', event.target.value);
            }}
          />
        )}
      </FormField>
      <FormField
        id={fieldId('accessibilityNotes')}
        label="Accessibility"
        hint="For example, step-free access, a hearing loop, quiet breaks or BSL. Up to 1,000 characters."
        error={errors.accessibilityNotes}
        optional
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea textarea--short"
            rows={3}
            maxLength={1000}
            value={values.accessibilityNotes}
            onChange={(event) => {
              set('accessibilityNotes', event.target.value);
            }}
          />
        )}
      </FormField>

      {initial !== undefined ? (
        <FormFieldset id={fieldId('status')} legend="Going ahead or cancelled" error={errors.status}>
          <ul className="choices">
            {(
              [
                ['scheduled', 'Going ahead', 'Its dates happen as planned, apart from any cancelled above.'],
                ['cancelled', 'Cancelled', 'None of its dates happen. It still shows, marked cancelled, and its attendance still counts.'],
              ] as const
            ).map(([status, label, hint], index) => {
              const id = index === 0 ? fieldId('status') : `${fieldId('status')}-${status}`;
              return (
                <li key={status} className="choice">
                  <input
                    id={id}
                    className="choice__input"
                    type="radio"
                    name="event-status"
                    checked={values.status === status}
                    aria-describedby={`${id}-hint`}
                    onChange={() => {
                      set('status', status);
                    }}
                  />
                  <label className="choice__label" htmlFor={id}>
                    {label}
                  </label>
                  <p className="choice__hint" id={`${id}-hint`}>
                    {hint}
                  </p>
                </li>
              );
            })}
          </ul>
        </FormFieldset>
      ) : null}

      <FormActions pending={pending} submitLabel={submitLabel} pendingLabel={pendingLabel}>
        <Link to={cancelTo} className="button button--quiet">
          Cancel
        </Link>
      </FormActions>
    </form>
  );
}
