import { useState, type ReactNode, type SubmitEvent } from 'react';
import { FormActions } from '@/components/form-actions';
import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { ProblemSummary } from '@/components/problem-summary';
import { FormField } from '@/components/form-field';
import { StaleSummary } from '@/components/stale-summary';
import { hasStatus, splitFieldErrors } from '@/lib/problem';
import { PARTNER_TYPES, partnerTypeLabel } from '../lib/labels';
import {
  PARTNER_FIELDS,
  PHONE_PATTERN,
  REGISTERED_NUMBER_PATTERN,
  checkPartnerForm,
  isPartnerField,
  toPartnerFormValues,
  toPartnerInput,
  type PartnerField,
  type PartnerFormErrors,
  type PartnerFormValues,
} from '../lib/partner-rules';
import type { Partner, PartnerInput } from '../types';

const PARTNER_FIELD_LABELS: Record<PartnerField, string> = {
  name: 'Name',
  type: 'Type of organisation',
  description: 'What it does',
  website: 'Website',
  registeredNumber: 'Charity or company number',
  address: 'Address',
  postcode: 'Postcode',
  contactName: 'Contact name',
  email: 'Email',
  phone: 'Phone',
};

export interface PartnerFormProps {
  /** The partner being edited; absent when creating one. */
  initial?: Partner;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (input: PartnerInput) => void;
  pending: boolean;
  /** The last failed submission, usually a problem+json from the API. */
  error: unknown;
  /** “Cancel”: a link or a button, provided by the caller. */
  cancel?: ReactNode;
  /** Fetches the partner again after someone else changed it (412). */
  onReload?: () => void;
  /** Makes field ids unique when the form sits inside another page's flow. */
  idPrefix?: string;
}

/** The create/edit form for a partner. Shows the server's field errors next to their fields. */
export function PartnerForm({
  initial,
  submitLabel,
  pendingLabel,
  onSubmit,
  pending,
  error,
  cancel,
  onReload,
  idPrefix = 'partner',
}: PartnerFormProps) {
  const [values, setValues] = useState<PartnerFormValues>(() => toPartnerFormValues(initial));
  const [clientErrors, setClientErrors] = useState<PartnerFormErrors | null>(null);
  const fieldId = (field: PartnerField) => `${idPrefix}-${field}`;

  const server = splitFieldErrors(error, (path) => (isPartnerField(path) ? path : undefined));
  const errors: PartnerFormErrors = clientErrors ?? server.byField;

  const set = (field: PartnerField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const found = checkPartnerForm(values);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    onSubmit(toPartnerInput(values));
  };

  const fieldItems: SummaryItem[] = PARTNER_FIELDS.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: fieldId(field), message: `${PARTNER_FIELD_LABELS[field]}: ${message}` }] : [];
  });

  let summary = null;
  if (clientErrors && fieldItems.length > 0) {
    summary = <ErrorSummary title="There is a problem" items={fieldItems} />;
  } else if (hasStatus(error, 412)) {
    summary = <StaleSummary thing="partner" onReload={onReload} />;
  } else if (error !== null && error !== undefined) {
    summary = <ProblemSummary error={error} items={[...fieldItems, ...server.other.map((message) => ({ message }))]} />;
  }

  const text = (
    field: Exclude<PartnerField, 'type' | 'description' | 'address'>,
    props: { hint?: string; optional?: boolean; className?: string; type?: string; autoComplete?: string; maxLength: number; pattern?: string; inputMode?: 'email' | 'tel' | 'url' | 'text' },
  ) => (
    <FormField id={fieldId(field)} label={PARTNER_FIELD_LABELS[field]} hint={props.hint} error={errors[field]} optional={props.optional ?? true}>
      {(control) => (
        <input
          {...control}
          className={props.className ?? 'input'}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          spellCheck={props.type === 'email' || props.type === 'url' ? false : undefined}
          maxLength={props.maxLength}
          pattern={props.pattern}
          required={props.optional === false}
          value={values[field]}
          onChange={(event) => {
            set(field, event.target.value);
          }}
        />
      )}
    </FormField>
  );

  return (
    <form className="form" onSubmit={handleSubmit} noValidate aria-busy={pending}>
      {summary}

      <fieldset className="form-section">
        <legend className="form-section__title">About the organisation</legend>
        {text('name', { optional: false, maxLength: 200, autoComplete: 'organization' })}

        <FormField id={fieldId('type')} label={PARTNER_FIELD_LABELS.type} error={errors.type}>
          {(control) => (
            <select
              {...control}
              className="input input--medium select"
              required
              value={values.type}
              onChange={(event) => {
                set('type', event.target.value);
              }}
            >
              <option value="">Choose a type</option>
              {PARTNER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {partnerTypeLabel(type)}
                </option>
              ))}
            </select>
          )}
        </FormField>

        <FormField
          id={fieldId('description')}
          label={PARTNER_FIELD_LABELS.description}
          hint="A sentence or two: what it does and who for. Up to 4,000 characters."
          error={errors.description}
          optional
        >
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

        {text('website', { hint: 'For example, https://www.calderdale.gov.uk', type: 'url', inputMode: 'url', autoComplete: 'url', maxLength: 500 })}
        {text('registeredNumber', {
          hint: 'If it is a registered charity or company.',
          className: 'input input--short',
          maxLength: 20,
          pattern: REGISTERED_NUMBER_PATTERN,
        })}
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Where it is</legend>
        <FormField id={fieldId('address')} label={PARTNER_FIELD_LABELS.address} error={errors.address} optional>
          {(control) => (
            <textarea
              {...control}
              className="input textarea textarea--short"
              rows={3}
              maxLength={500}
              autoComplete="street-address"
              value={values.address}
              onChange={(event) => {
                set('address', event.target.value);
              }}
            />
          )}
        </FormField>
        {text('postcode', { className: 'input input--short', autoComplete: 'postal-code', maxLength: 10 })}
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Contact</legend>
        <p className="field__hint">Only people who are signed in to Kickstart can see these.</p>
        {text('contactName', { maxLength: 200, autoComplete: 'off' })}
        {text('email', { type: 'email', inputMode: 'email', maxLength: 254 })}
        {text('phone', { type: 'tel', inputMode: 'tel', className: 'input input--medium', maxLength: 30, pattern: PHONE_PATTERN })}
      </fieldset>

      <FormActions pending={pending} submitLabel={submitLabel} pendingLabel={pendingLabel}>
        {cancel}
      </FormActions>
    </form>
  );
}
