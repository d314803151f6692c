import type { Audience, Event, EventCategory, EventCost, EventInput, EventStatus, OccurrenceChangeInput } from '../types';
import { changeToInput } from './changes';
import { daysBetween, isDate, isTime, toLondon } from './dates';
import { AUDIENCES, COSTS } from './labels';
import { occursOn } from './rrule';
import {
  buildRule,
  checkRecurrence,
  recurrenceValuesFor,
  toRecurrence,
  type RecurrenceErrors,
  type RecurrenceValues,
} from './recurrence-form';

/** A cancelled or moved date kept with the event, as a row of the form. */
export interface ExceptionRow extends OccurrenceChangeInput {
  /** Stable across removals, so server errors land on the right row. */
  key: string;
}

/** What the event form holds. Numbers stay as typed text until checked. */
export interface EventFormValues {
  title: string;
  description: string;
  category: EventCategory | '';
  audiences: Audience[];
  /** Comma-separated language tags. */
  languages: string;
  cost: EventCost | '';
  bookingUrl: string;
  capacity: string;
  accessibilityNotes: string;
  /** Empty for an event across the whole place. */
  spaceId: string;
  hostPartnerIds: string[];
  status: EventStatus;
  /** The first (or only) date, `YYYY-MM-DD`. */
  date: string;
  startTime: string;
  endTime: string;
  /** Runs past midnight or over several days. */
  endsLater: boolean;
  endDate: string;
  recurrence: RecurrenceValues;
  exceptions: ExceptionRow[];
}

/** Form keys for errors: the fields, the recurrence editor's parts, and `exceptions.<row key>`. */
export type EventFormErrors = Partial<Record<string, string>>;

const MAX_MINUTES = 7 * 24 * 60;

export function fieldId(key: string): string {
  return `event-${key.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;
}

export function exceptionKey(rowKey: string): string {
  return `exceptions.${rowKey}`;
}

export function toFormValues(event?: Event): EventFormValues {
  const start = event ? toLondon(event.start) : undefined;
  const end = event ? toLondon(event.end) : undefined;
  const date = start?.date ?? '';
  return {
    title: event?.title ?? '',
    description: event?.description ?? '',
    category: event?.category ?? '',
    audiences: event ? [...event.audiences] : [],
    languages: event?.languages.join(', ') ?? '',
    cost: event?.cost ?? '',
    bookingUrl: event?.bookingUrl ?? '',
    capacity: event?.capacity === undefined ? '' : String(event.capacity),
    accessibilityNotes: event?.accessibilityNotes ?? '',
    spaceId: event?.spaceId ?? '',
    hostPartnerIds: event ? event.hosts.map((host) => host.id) : [],
    status: event?.status ?? 'scheduled',
    date,
    startTime: start?.time ?? '',
    endTime: end?.time ?? '',
    endsLater: start !== undefined && end !== undefined && end.date !== start.date,
    endDate: end?.date ?? '',
    recurrence: recurrenceValuesFor(event?.recurrence, date),
    exceptions: (event?.exceptions ?? []).map((change, index) => ({ ...changeToInput(change), key: `stored-${String(index)}` })),
  };
}

/** "en, ur ,pl" → ["en", "ur", "pl"], without repeats. */
export function parseLanguages(text: string): string[] {
  return [...new Set(text.split(/[,\s]+/).map((tag) => tag.trim()).filter(Boolean))];
}

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#]\S*$/i;

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function endDateOf(values: EventFormValues): string {
  return values.endsLater ? values.endDate : values.date;
}

/** The recurrence editor's own problems and the date it suggests starting on instead. */
export function checkSchedule(values: EventFormValues): { errors: RecurrenceErrors; suggestedStart?: string } {
  return checkRecurrence(values.recurrence, values.date);
}

/** Everything the form can tell before sending, in plain words. Empty when it may be sent. */
export function checkEventForm(values: EventFormValues): EventFormErrors {
  const errors: EventFormErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = 'Enter the event’s name';
  else if (title.length > 200) errors.title = 'The name must be 200 characters or fewer';
  if (values.category === '') errors.category = 'Choose the kind of event';
  if (values.hostPartnerIds.length === 0) errors.hostPartnerIds = 'Choose at least one partner who hosts it';
  else if (values.hostPartnerIds.length > 10) errors.hostPartnerIds = 'Choose at most 10 hosts';

  if (!isDate(values.date)) errors.date = values.date === '' ? 'Enter the date it happens (the first date, if it repeats)' : 'Enter a real date';
  if (!isTime(values.startTime)) errors.startTime = 'Enter the time it starts, like 10:00';
  if (!isTime(values.endTime)) errors.endTime = 'Enter the time it ends, like 12:00';
  if (values.endsLater && !isDate(values.endDate)) errors.endDate = 'Enter the date it ends';
  if (!errors.date && !errors.startTime && !errors.endTime && !errors.endDate) {
    const length = daysBetween(values.date, endDateOf(values)) * 24 * 60 + minutes(values.endTime) - minutes(values.startTime);
    if (length <= 0) {
      if (values.endsLater) errors.endDate = 'The end must be after the start';
      else errors.endTime = 'The end must be after the start. If it ends after midnight, choose “It ends on a later day”';
    } else if (length > MAX_MINUTES) {
      errors[values.endsLater ? 'endDate' : 'endTime'] = 'An event can last at most 7 days; for longer, make it repeat';
    }
  }

  const schedule = checkSchedule(values);
  Object.assign(errors, schedule.errors);

  const capacity = values.capacity.replace(/[\s,]/g, '');
  if (capacity !== '' && (!/^\d+$/.test(capacity) || Number(capacity) < 1 || Number(capacity) > 100_000)) {
    errors.capacity = 'Enter how many people can come, a whole number from 1 to 100,000, or leave it empty';
  }
  const bookingUrl = values.bookingUrl.trim();
  if (bookingUrl !== '' && (!WEB_ADDRESS.test(bookingUrl) || bookingUrl.length > 500)) {
    errors.bookingUrl = 'Enter a web address starting with https://, or leave it empty';
  }
  const languages = parseLanguages(values.languages);
  const wrong = languages.filter((tag) => !LANGUAGE_TAG.test(tag));
  if (wrong.length > 0) errors.languages = `${wrong.join(', ')} ${wrong.length === 1 ? 'is not a language code' : 'are not language codes'}; use codes like en, ur or pl`;
  else if (languages.length > 20) errors.languages = 'Give at most 20 languages';
  else if (values.audiences.includes('language_community') && languages.length === 0) {
    errors.languages = 'Name the language of the language community, like ur or pl';
  }
  if (values.description.trim().length > 4000) errors.description = 'The description must be 4,000 characters or fewer';
  if (values.accessibilityNotes.trim().length > 1000) errors.accessibilityNotes = 'Accessibility notes must be 1,000 characters or fewer';

  if (values.exceptions.length > 0) {
    const rule = buildRule(values.recurrence);
    if (values.recurrence.mode === 'once') {
      errors.exceptions = 'A one-off event has no cancelled or moved dates. Remove them, or make the event repeat again';
    } else if (rule && isDate(values.date) && Object.keys(schedule.errors).length === 0) {
      for (const row of values.exceptions) {
        if (!occursOn(rule, values.date, row.date)) {
          errors[exceptionKey(row.key)] = 'This is no longer one of its dates. Remove it, or change the schedule back';
        }
      }
    }
  }
  return errors;
}

/** The form as the API's EventInput. Empty optional fields are left out, as the contract asks. */
export function toEventInput(values: EventFormValues, placeId: string, { includeStatus }: { includeStatus: boolean }): EventInput {
  const input: EventInput = {
    placeId,
    hostPartnerIds: [...values.hostPartnerIds],
    title: values.title.trim(),
    category: values.category === '' ? 'other' : values.category,
    start: `${values.date}T${values.startTime}`,
    end: `${endDateOf(values)}T${values.endTime}`,
  };
  if (values.spaceId) input.spaceId = values.spaceId;
  const description = values.description.trim();
  if (description) input.description = description;
  const audiences = AUDIENCES.filter((audience) => values.audiences.includes(audience));
  if (audiences.length > 0) input.audiences = audiences;
  const languages = parseLanguages(values.languages);
  if (languages.length > 0) input.languages = languages;
  if ((COSTS as readonly string[]).includes(values.cost)) input.cost = values.cost as EventCost;
  const bookingUrl = values.bookingUrl.trim();
  if (bookingUrl) input.bookingUrl = bookingUrl;
  const capacity = values.capacity.replace(/[\s,]/g, '');
  if (/^\d+$/.test(capacity)) input.capacity = Number(capacity);
  const accessibilityNotes = values.accessibilityNotes.trim();
  if (accessibilityNotes) input.accessibilityNotes = accessibilityNotes;
  if (includeStatus) input.status = values.status;
  const recurrence = toRecurrence(values.recurrence);
  if (recurrence !== undefined) {
    input.recurrence = recurrence;
    if (values.exceptions.length > 0) {
      input.exceptions = values.exceptions.map((row) => {
        const change: OccurrenceChangeInput = { date: row.date };
        if (row.cancelled) change.cancelled = true;
        if (row.start !== undefined) change.start = row.start;
        if (row.end !== undefined) change.end = row.end;
        if (row.note !== undefined) change.note = row.note;
        return change;
      });
    }
  }
  return input;
}

const SIMPLE_FIELDS = new Set([
  'title',
  'description',
  'category',
  'cost',
  'bookingUrl',
  'capacity',
  'accessibilityNotes',
  'spaceId',
  'status',
  'recurrence',
  'exceptions',
]);

/**
 * Where a server field error belongs on the form. `exceptionKeys` are the rows as they were
 * sent, so `exceptions[1].date` lands on the second row even if rows were removed since.
 */
export function formKeyFor(path: string, exceptionKeys: readonly string[]): string | undefined {
  if (SIMPLE_FIELDS.has(path)) return path;
  if (path === 'start') return 'date';
  if (path === 'end') return 'endTime';
  if (/^hostPartnerIds(\[\d+\])?$/.test(path)) return 'hostPartnerIds';
  if (/^audiences(\[\d+\])?$/.test(path)) return 'audiences';
  if (/^languages(\[\d+\])?$/.test(path)) return 'languages';
  const change = /^exceptions\[(\d+)\]/.exec(path);
  if (change) {
    const rowKey = exceptionKeys[Number(change[1])];
    return rowKey === undefined ? 'exceptions' : exceptionKey(rowKey);
  }
  return undefined;
}
