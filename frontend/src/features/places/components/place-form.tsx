import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { FormActions } from '@/components/form-actions';
import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { ProblemSummary } from '@/components/problem-summary';
import { FormField } from '@/components/form-field';
import { hasStatus, isProblemError } from '@/lib/problem';
import {
  GSS_CODE_PATTERN,
  PLACE_FIELDS,
  SLUG_PATTERN,
  checkPlaceForm,
  isPlaceField,
  slugify,
  toFormValues,
  toPlaceInput,
  type PlaceField,
  type PlaceFormErrors,
  type PlaceFormValues,
} from '../lib/rules';
import type { PlaceInput } from '../types';

const FIELD_LABELS: Record<PlaceField, string> = {
  name: 'Name',
  slug: 'Web name (slug)',
  gssCode: 'GSS code',
  region: 'Region',
  population: 'Population',
  description: 'Description',
};

const fieldId = (field: PlaceField) => `place-${field}`;

export interface PlaceFormProps {
  /** The place being edited; absent when creating one. */
  initial?: PlaceInput;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (input: PlaceInput) => void;
  pending: boolean;
  /** The last failed submission, usually a problem+json from the API. */
  error: unknown;
  /** Where “Cancel” goes. */
  cancelTo: string;
  /** Fetches the place again after someone else changed it (412). */
  onReload?: () => void;
}

/** Server field errors by field, plus the ones that belong to no field on this form. */
function serverErrors(error: unknown): { byField: PlaceFormErrors; other: string[] } {
  const byField: PlaceFormErrors = {};
  const other: string[] = [];
  if (!isProblemError(error)) return { byField, other };
  for (const { field, message } of error.errors) {
    if (isPlaceField(field)) byField[field] ??= message;
    else other.push(field ? `${field}: ${message}` : message);
  }
  return { byField, other };
}

/** The create/edit form for a place. Shows the server's field errors next to their fields. */
export function PlaceForm({ initial, submitLabel, pendingLabel, onSubmit, pending, error, cancelTo, onReload }: PlaceFormProps) {
  const [values, setValues] = useState<PlaceFormValues>(() => toFormValues(initial));
  const [slugEdited, setSlugEdited] = useState(initial !== undefined);
  const [clientErrors, setClientErrors] = useState<PlaceFormErrors | null>(null);

  const server = serverErrors(error);
  const errors: PlaceFormErrors = clientErrors ?? server.byField;
  const stale = hasStatus(error, 412);

  const set = (field: PlaceField, value: string) => {
    setValues((current) => {
      const next = { ...current, [field]: value };
      if (field === 'name' && !slugEdited) next.slug = slugify(value);
      return next;
    });
    if (field === 'slug') setSlugEdited(true);
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const found = checkPlaceForm(values);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    onSubmit(toPlaceInput(values));
  };

  const fieldItems: SummaryItem[] = PLACE_FIELDS.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: fieldId(field), message: `${FIELD_LABELS[field]}: ${message}` }] : [];
  });

  let summary = null;
  if (clientErrors && fieldItems.length > 0) {
    summary = <ErrorSummary title="There is a problem" items={fieldItems} />;
  } else if (stale) {
    summary = (
      <ErrorSummary
        title="Someone else changed this place"
        description={
          <p>
            Someone else changed this place while you were editing it, so your changes have not been saved. Reload to
            get their version, then make your changes again.
          </p>
        }
        items={[]}
      >
        {onReload ? (
          <Button variant="secondary" onClick={onReload}>
            Reload this place
          </Button>
        ) : null}
      </ErrorSummary>
    );
  } else if (error !== null && error !== undefined) {
    summary = <ProblemSummary error={error} items={[...fieldItems, ...server.other.map((message) => ({ message }))]} />;
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate aria-busy={pending}>
      {summary}

      <FormField id={fieldId('name')} label={FIELD_LABELS.name} error={errors.name}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            autoComplete="off"
            required
            maxLength={120}
            value={values.name}
            onChange={(event) => {
              set('name', event.target.value);
            }}
          />
        )}
      </FormField>

      <FormField
        id={fieldId('slug')}
        label={FIELD_LABELS.slug}
        hint={
          initial
            ? 'Lower-case letters, numbers and hyphens. Changing it changes the page’s web address.'
            : 'Lower-case letters, numbers and hyphens, like waltham-forest. Used in the page’s web address.'
        }
        error={errors.slug}
      >
        {(control) => (
          <input
            {...control}
            className="input input--medium"
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            minLength={2}
            maxLength={60}
            pattern={SLUG_PATTERN}
            value={values.slug}
            onChange={(event) => {
              set('slug', event.target.value);
            }}
          />
        )}
      </FormField>

      <FormField
        id={fieldId('gssCode')}
        label={FIELD_LABELS.gssCode}
        hint="The ONS code of the local authority: a letter E, W, S or N and eight digits, like E08000033."
        error={errors.gssCode}
      >
        {(control) => (
          <input
            {...control}
            className="input input--short"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            maxLength={9}
            pattern={GSS_CODE_PATTERN}
            value={values.gssCode}
            onChange={(event) => {
              set('gssCode', event.target.value);
            }}
          />
        )}
      </FormField>

      <FormField id={fieldId('region')} label={FIELD_LABELS.region} hint="For example, Yorkshire and The Humber." error={errors.region}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="text"
            required
            maxLength={120}
            value={values.region}
            onChange={(event) => {
              set('region', event.target.value);
            }}
          />
        )}
      </FormField>

      <FormField
        id={fieldId('population')}
        label={FIELD_LABELS.population}
        hint="Usual residents at the 2021 Census. A whole number, 0 or more."
        error={errors.population}
        optional
      >
        {(control) => (
          <input
            {...control}
            className="input input--short"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            pattern="[0-9, ]*"
            value={values.population}
            onChange={(event) => {
              set('population', event.target.value);
            }}
          />
        )}
      </FormField>

      <FormField
        id={fieldId('description')}
        label={FIELD_LABELS.description}
        hint="A sentence or two about the place. Up to 4,000 characters."
        error={errors.description}
        optional
      >
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
