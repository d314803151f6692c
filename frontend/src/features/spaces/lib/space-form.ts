import type { OpeningDay, Space, SpaceCost, SpaceFeature, SpaceInput, SpaceKind, SpaceMode, SpaceStatus } from '../types';
import { UK_BOUNDS } from './geo';
import { ACCESSIBILITY_FEATURES, COSTS, SPACE_KINDS, WELCOME_FEATURES, isOneOf } from './labels';

// Client-side checks copied from openapi.yaml (SpaceInput and friends) and the API's own rules
// for modes. The server is the authority; these only give quicker feedback.
export const POSTCODE_PATTERN = /^\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*[0-9][A-Za-z]{2}\s*$/;
export const OPENS_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
export const CLOSES_PATTERN = /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;
export const LANGUAGE_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

export interface PeriodValues {
  /** Stable while the row exists, so errors and focus stay with it when rows are added or removed. */
  key: string;
  day: OpeningDay;
  opens: string;
  closes: string;
}

/** What people type into the form, before it becomes a {@link SpaceInput}. */
export interface SpaceFormValues {
  name: string;
  kind: SpaceKind | '';
  mode: SpaceMode;
  /** Only when adding a space; afterwards the status changes through the lifecycle. */
  status: SpaceStatus;
  neighbourhoodCode: string;
  address: string;
  postcode: string;
  lat: string;
  lon: string;
  url: string;
  platform: string;
  managingPartnerId: string;
  capacity: string;
  cost: SpaceCost | '';
  periods: PeriodValues[];
  hoursNote: string;
  features: SpaceFeature[];
  /** Comma-separated language tags, e.g. "en, ur, pl". */
  languages: string;
  description: string;
}

export type SpaceFormErrors = Record<string, string>;

let nextKey = 0;
export function newPeriodKey(): string {
  nextKey += 1;
  return `period-${String(nextKey)}`;
}

/** A form field's id, from its key (`location.lat` → `space-location-lat`). */
export function fieldId(key: string): string {
  return `space-${key.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

export function periodKey(rowKey: string, part: 'day' | 'opens' | 'closes' | 'row'): string {
  return `periods.${rowKey}.${part}`;
}

export function usesLocation(mode: SpaceMode): boolean {
  return mode !== 'virtual';
}

export function usesOnline(mode: SpaceMode): boolean {
  return mode !== 'physical';
}

export function toFormValues(space?: Space): SpaceFormValues {
  return {
    name: space?.name ?? '',
    kind: space?.kind ?? '',
    mode: space?.mode ?? 'physical',
    status: space?.status ?? 'idea',
    neighbourhoodCode: space?.neighbourhoodCode ?? '',
    address: space?.address ?? '',
    postcode: space?.postcode ?? '',
    lat: space?.location ? String(space.location.lat) : '',
    lon: space?.location ? String(space.location.lon) : '',
    url: space?.url ?? '',
    platform: space?.platform ?? '',
    managingPartnerId: space?.managingPartnerId ?? '',
    capacity: space?.capacity === undefined ? '' : String(space.capacity),
    cost: space?.cost ?? '',
    periods: (space?.openingHours?.periods ?? []).map((period) => ({ key: newPeriodKey(), ...period })),
    hoursNote: space?.openingHours?.note ?? '',
    features: [...(space?.accessibility ?? []), ...(space?.welcome ?? [])],
    languages: (space?.languages ?? []).join(', '),
    description: space?.description ?? '',
  };
}

export function parseLanguages(raw: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of raw.split(/[,\s]+/)) {
    const tag = part.trim();
    if (tag !== '' && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

function parseNumber(raw: string): number | undefined {
  return NUMBER.test(raw) ? Number(raw) : undefined;
}

/** Quick checks from the contract; the errors by field key (empty when all is well). */
export function checkSpaceForm(values: SpaceFormValues): SpaceFormErrors {
  const errors: SpaceFormErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = 'Enter the name of the space';
  else if (name.length > 200) errors.name = 'The name must be 200 characters or fewer';

  if (!isOneOf(SPACE_KINDS, values.kind)) errors.kind = 'Choose what kind of space it is';

  if (usesLocation(values.mode)) {
    if (values.address.length > 500) errors.address = 'The address must be 500 characters or fewer';
    if (values.postcode.trim() !== '' && !POSTCODE_PATTERN.test(values.postcode)) {
      errors.postcode = 'Enter a UK postcode, like HX1 1UN';
    }
    const lat = values.lat.trim();
    const lon = values.lon.trim();
    if (lat === '' && lon === '') {
      errors.location = 'Show where the space is: click the map, or type its latitude and longitude';
    } else {
      const latValue = parseNumber(lat);
      const lonValue = parseNumber(lon);
      if (latValue === undefined) errors['location.lat'] = 'Enter the latitude as a number, like 53.7217';
      else if (latValue < UK_BOUNDS.minLat || latValue > UK_BOUNDS.maxLat)
        errors['location.lat'] = `The latitude must be in the United Kingdom, between ${String(UK_BOUNDS.minLat)} and ${String(UK_BOUNDS.maxLat)}`;
      if (lonValue === undefined) errors['location.lon'] = 'Enter the longitude as a number, like -1.8575';
      else if (lonValue < UK_BOUNDS.minLon || lonValue > UK_BOUNDS.maxLon)
        errors['location.lon'] = `The longitude must be in the United Kingdom, between ${String(UK_BOUNDS.minLon)} and ${String(UK_BOUNDS.maxLon)}`;
    }
  }

  if (usesOnline(values.mode)) {
    const url = values.url.trim();
    if (url === '') errors.url = 'Enter the web address where people join online';
    else if (!isWebAddress(url)) errors.url = 'Enter a full web address starting with https://';
    else if (url.length > 500) errors.url = 'The web address must be 500 characters or fewer';
    const platform = values.platform.trim();
    if (platform === '') errors.platform = 'Enter what people use to join, like Zoom or WhatsApp';
    else if (platform.length > 100) errors.platform = 'The platform must be 100 characters or fewer';
  }

  const capacity = values.capacity.replace(/[\s,]/g, '');
  if (capacity !== '' && (!/^\d+$/.test(capacity) || Number(capacity) < 1 || Number(capacity) > 100000)) {
    errors.capacity = 'Enter how many people it holds as a whole number from 1 to 100,000';
  }

  if (values.periods.length > 50) errors['openingHours.periods'] = 'Add 50 opening times or fewer';
  for (const period of values.periods) {
    if (!OPENS_PATTERN.test(period.opens)) {
      errors[periodKey(period.key, 'opens')] = 'Enter the opening time on the 24-hour clock, like 09:30';
    }
    if (!CLOSES_PATTERN.test(period.closes)) {
      errors[periodKey(period.key, 'closes')] = 'Enter the closing time on the 24-hour clock, like 17:00 (24:00 for midnight)';
    } else if (OPENS_PATTERN.test(period.opens) && period.closes !== '24:00' && period.closes <= period.opens) {
      errors[periodKey(period.key, 'closes')] = 'The closing time must be after the opening time';
    }
  }
  if (values.hoursNote.length > 500) errors['openingHours.note'] = 'The note must be 500 characters or fewer';

  const languages = parseLanguages(values.languages);
  const bad = languages.filter((tag) => !LANGUAGE_PATTERN.test(tag));
  if (bad.length > 0) errors.languages = `Use language codes, like en, ur or pl. Not a code: ${bad.join(', ')}`;
  else if (languages.length > 30) errors.languages = 'List 30 languages or fewer';

  if (values.description.length > 4000) errors.description = 'The description must be 4,000 characters or fewer';
  return errors;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The request body. Fields the mode does not use are left out (a virtual space has no location,
 * an in-person one no joining link), as are empty optional fields, as the contract asks.
 */
export function toSpaceInput(values: SpaceFormValues, placeId: string, { includeStatus }: { includeStatus: boolean }): SpaceInput {
  const input: SpaceInput = {
    placeId,
    name: values.name.trim(),
    kind: values.kind === '' ? 'other' : values.kind,
    mode: values.mode,
  };
  if (includeStatus) input.status = values.status;
  if (values.neighbourhoodCode) input.neighbourhoodCode = values.neighbourhoodCode;
  if (usesLocation(values.mode)) {
    const address = values.address.trim();
    if (address) input.address = address;
    const postcode = values.postcode.trim();
    if (postcode) input.postcode = postcode;
    const lat = parseNumber(values.lat);
    const lon = parseNumber(values.lon);
    if (lat !== undefined && lon !== undefined) input.location = { lat, lon };
  }
  if (usesOnline(values.mode)) {
    const url = values.url.trim();
    if (url) input.url = url;
    const platform = values.platform.trim();
    if (platform) input.platform = platform;
  }
  if (values.managingPartnerId) input.managingPartnerId = values.managingPartnerId;
  const capacity = values.capacity.replace(/[\s,]/g, '');
  if (/^\d+$/.test(capacity)) input.capacity = Number(capacity);
  if (isOneOf(COSTS, values.cost)) input.cost = values.cost;
  const note = values.hoursNote.trim();
  if (values.periods.length > 0 || note) {
    input.openingHours = {};
    if (values.periods.length > 0) {
      input.openingHours.periods = values.periods.map(({ day, opens, closes }) => ({ day, opens: opens.trim(), closes: closes.trim() }));
    }
    if (note) input.openingHours.note = note;
  }
  const accessibility = ACCESSIBILITY_FEATURES.filter((feature) => values.features.includes(feature));
  if (accessibility.length > 0) input.accessibility = accessibility;
  const welcome = WELCOME_FEATURES.filter((feature) => values.features.includes(feature));
  if (welcome.length > 0) input.welcome = welcome;
  const languages = parseLanguages(values.languages);
  if (languages.length > 0) input.languages = languages;
  const description = values.description.trim();
  if (description) input.description = description;
  return input;
}

const SIMPLE_FIELDS = new Set([
  'name',
  'kind',
  'mode',
  'status',
  'neighbourhoodCode',
  'address',
  'postcode',
  'location',
  'location.lat',
  'location.lon',
  'url',
  'platform',
  'managingPartnerId',
  'capacity',
  'cost',
  'openingHours.note',
  'description',
]);

/**
 * Where a server field error belongs on the form. `periodKeys` are the opening-time rows as they
 * were sent, so `openingHours.periods[1].closes` lands on the second row even if rows moved since.
 */
export function formKeyFor(path: string, periodKeys: readonly string[]): string | undefined {
  if (SIMPLE_FIELDS.has(path)) return path;
  if (path === 'openingHours' || path === 'openingHours.periods') return 'openingHours.periods';
  const period = /^openingHours\.periods\[(\d+)\](?:\.(day|opens|closes))?$/.exec(path);
  if (period) {
    const rowKey = periodKeys[Number(period[1])];
    if (rowKey === undefined) return 'openingHours.periods';
    const part = period[2] as 'day' | 'opens' | 'closes' | undefined;
    return periodKey(rowKey, part ?? 'row');
  }
  if (/^accessibility(\[\d+\])?$/.test(path)) return 'accessibility';
  if (/^welcome(\[\d+\])?$/.test(path)) return 'welcome';
  if (/^languages(\[\d+\])?$/.test(path)) return 'languages';
  return undefined;
}
