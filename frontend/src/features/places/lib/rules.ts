import type { PlaceInput } from '../types';

// Client-side hints copied from openapi.yaml (components.schemas.Slug and PlaceInput). The
// server is the authority; these only give quicker feedback. A test checks they still match.
export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
export const GSS_CODE_PATTERN = '^[EWSN][0-9]{8}$';

const slugRe = new RegExp(SLUG_PATTERN);
const gssRe = new RegExp(GSS_CODE_PATTERN);

export type PlaceField = keyof PlaceInput;
export const PLACE_FIELDS = ['name', 'slug', 'gssCode', 'region', 'population', 'description'] as const satisfies readonly PlaceField[];

export function isPlaceField(field: string): field is PlaceField {
  return (PLACE_FIELDS as readonly string[]).includes(field);
}

export function isValidSlug(value: string): boolean {
  return value.length >= 2 && value.length <= 60 && slugRe.test(value);
}

/** What people type into the form, before it becomes a {@link PlaceInput}. */
export interface PlaceFormValues {
  name: string;
  slug: string;
  gssCode: string;
  region: string;
  population: string;
  description: string;
}

export type PlaceFormErrors = Partial<Record<PlaceField, string>>;

/** "Waltham Forest" → "waltham-forest". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function parsePopulation(raw: string): number | null | undefined {
  const cleaned = raw.replace(/[\s,]/g, '');
  if (cleaned === '') return undefined;
  if (!/^\d+$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) ? value : null;
}

/** Quick checks from the contract; returns the errors by field (empty when all is well). */
export function checkPlaceForm(values: PlaceFormValues): PlaceFormErrors {
  const errors: PlaceFormErrors = {};
  const name = values.name.trim();
  const slug = values.slug.trim();
  const gssCode = values.gssCode.trim();
  const region = values.region.trim();

  if (name === '') errors.name = 'Enter the name of the place';
  else if (name.length > 120) errors.name = 'The name must be 120 characters or fewer';

  if (slug === '') errors.slug = 'Enter a short web name (slug)';
  else if (!isValidSlug(slug))
    errors.slug = 'Use 2 to 60 lower-case letters or numbers, with single hyphens between words, like waltham-forest';

  if (gssCode === '') errors.gssCode = 'Enter the ONS GSS code';
  else if (!gssRe.test(gssCode)) errors.gssCode = 'Enter a letter E, W, S or N followed by eight digits, like E08000033';

  if (region === '') errors.region = 'Enter the region';
  else if (region.length > 120) errors.region = 'The region must be 120 characters or fewer';

  if (parsePopulation(values.population) === null)
    errors.population = 'Enter the population as a whole number, 0 or more, like 206600';

  if (values.description.length > 4000) errors.description = 'The description must be 4,000 characters or fewer';

  return errors;
}

/** The request body for create/replace. Empty optional fields are left out, as the contract asks. */
export function toPlaceInput(values: PlaceFormValues): PlaceInput {
  const input: PlaceInput = {
    slug: values.slug.trim(),
    name: values.name.trim(),
    gssCode: values.gssCode.trim(),
    region: values.region.trim(),
  };
  const population = parsePopulation(values.population);
  if (typeof population === 'number') input.population = population;
  const description = values.description.trim();
  if (description !== '') input.description = description;
  return input;
}

export function toFormValues(place?: PlaceInput): PlaceFormValues {
  return {
    name: place?.name ?? '',
    slug: place?.slug ?? '',
    gssCode: place?.gssCode ?? '',
    region: place?.region ?? '',
    population: place?.population === undefined ? '' : String(place.population),
    description: place?.description ?? '',
  };
}
