import { useState, type ReactNode, type SubmitEvent } from 'react';
import { Button } from '@/components/button';
import { FormActions } from '@/components/form-actions';
import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { ProblemSummary } from '@/components/problem-summary';
import { FormField, FormFieldset } from '@/components/form-field';
import { StaleSummary } from '@/components/stale-summary';
import { hasStatus, splitFieldErrors } from '@/lib/problem';
import { COMMITMENTS, COMMITMENT_LABELS, ROLES, ROLE_HINTS, ROLE_LABELS, STATUS_LABELS } from '../lib/labels';
import {
  MEMBERSHIP_FIELDS,
  checkMembershipForm,
  membershipFieldOf,
  toMembershipFormValues,
  toMembershipInput,
  type MembershipField,
  type MembershipFormErrors,
  type MembershipFormValues,
} from '../lib/membership-rules';
import type { Membership, MembershipInput } from '../types';

const FIELD_LABELS: Record<MembershipField, string> = {
  role: 'Role',
  commitments: 'What they commit',
  commitmentNote: 'Note',
  joinedOn: 'Joined on',
  status: 'Status',
};

export interface MembershipFormProps {
  /** The partner's name, for the legend texts. */
  partnerName: string;
  /** The membership being changed; absent when adding the partner. */
  initial?: Membership;
  submitLabel: string;
  pendingLabel: string;
  onSubmit: (input: MembershipInput) => void;
  pending: boolean;
  /** The last failed submission, usually a problem+json from the API. */
  error: unknown;
  cancel?: ReactNode;
  /** Fetches the membership again after someone else changed it (412) or added it (428). */
  onReload?: () => void;
  idPrefix?: string;
}

/** Role, commitments, note, date joined and status of a partner in a partnership. */
export function MembershipForm({
  partnerName,
  initial,
  submitLabel,
  pendingLabel,
  onSubmit,
  pending,
  error,
  cancel,
  onReload,
  idPrefix = 'membership',
}: MembershipFormProps) {
  const [values, setValues] = useState<MembershipFormValues>(() => toMembershipFormValues(initial));
  const [clientErrors, setClientErrors] = useState<MembershipFormErrors | null>(null);
  const fieldId = (field: MembershipField) => `${idPrefix}-${field}`;

  const server = splitFieldErrors(error, membershipFieldOf);
  const errors: MembershipFormErrors = clientErrors ?? server.byField;

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const found = checkMembershipForm(values);
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
    onSubmit(toMembershipInput(values));
  };

  const fieldItems: SummaryItem[] = MEMBERSHIP_FIELDS.flatMap((field) => {
    const message = errors[field];
    return message ? [{ fieldId: fieldId(field), message: `${FIELD_LABELS[field]}: ${message}` }] : [];
  });

  let summary = null;
  if (clientErrors && fieldItems.length > 0) {
    summary = <ErrorSummary title="There is a problem" items={fieldItems} />;
  } else if (hasStatus(error, 412)) {
    summary = <StaleSummary thing="membership" onReload={onReload} />;
  } else if (hasStatus(error, 428)) {
    summary = (
      <ErrorSummary
        title={`${partnerName} is already in this partnership`}
        description={<p>Someone added it while you were filling in the form. Reload to see its membership, then change that instead.</p>}
        items={[]}
      >
        {onReload ? (
          <Button variant="secondary" onClick={onReload}>
            Reload the membership
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

      <FormFieldset id={fieldId('role')} legend={`${FIELD_LABELS.role} of ${partnerName}`} error={errors.role}>
        <div className="choices">
          {ROLES.map((role, index) => {
            const id = index === 0 ? fieldId('role') : `${fieldId('role')}-${role}`;
            return (
              <div key={role} className="choice">
                <input
                  id={id}
                  className="choice__input"
                  type="radio"
                  name={fieldId('role')}
                  value={role}
                  checked={values.role === role}
                  aria-describedby={`${id}-hint`}
                  onChange={() => {
                    setValues((current) => ({ ...current, role }));
                  }}
                />
                <label className="choice__label" htmlFor={id}>
                  {ROLE_LABELS[role]}
                </label>
                <p className="choice__hint" id={`${id}-hint`}>
                  {ROLE_HINTS[role]}
                </p>
              </div>
            );
          })}
        </div>
      </FormFieldset>

      <FormFieldset
        id={fieldId('commitments')}
        legend={FIELD_LABELS.commitments}
        hint="Choose all that apply."
        error={errors.commitments}
        optional
      >
        <div className="choices choices--columns">
          {COMMITMENTS.map((commitment, index) => {
            const id = index === 0 ? fieldId('commitments') : `${fieldId('commitments')}-${commitment}`;
            return (
              <div key={commitment} className="choice choice--checkbox">
                <input
                  id={id}
                  className="choice__input"
                  type="checkbox"
                  name={fieldId('commitments')}
                  value={commitment}
                  checked={values.commitments.includes(commitment)}
                  onChange={(event) => {
                    const { checked } = event.target;
                    setValues((current) => ({
                      ...current,
                      commitments: checked
                        ? [...current.commitments, commitment]
                        : current.commitments.filter((item) => item !== commitment),
                    }));
                  }}
                />
                <label className="choice__label" htmlFor={id}>
                  {COMMITMENT_LABELS[commitment]}
                </label>
              </div>
            );
          })}
        </div>
      </FormFieldset>

      <FormField
        id={fieldId('commitmentNote')}
        label={FIELD_LABELS.commitmentNote}
        hint="Anything that helps others plan, like “Hall free on Tuesday mornings”. Up to 1,000 characters."
        error={errors.commitmentNote}
        optional
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea textarea--short"
            rows={3}
            maxLength={1000}
            value={values.commitmentNote}
            onChange={(event) => {
              setValues((current) => ({ ...current, commitmentNote: event.target.value }));
            }}
          />
        )}
      </FormField>

      <FormField
        id={fieldId('joinedOn')}
        label={FIELD_LABELS.joinedOn}
        hint="When they joined the partnership, if known."
        error={errors.joinedOn}
        optional
      >
        {(control) => (
          <input
            {...control}
            className="input input--short"
            type="date"
            value={values.joinedOn}
            onChange={(event) => {
              setValues((current) => ({ ...current, joinedOn: event.target.value }));
            }}
          />
        )}
      </FormField>

      <FormFieldset id={fieldId('status')} legend={FIELD_LABELS.status} error={errors.status}>
        <div className="choices choices--inline">
          {(['active', 'left'] as const).map((status, index) => {
            const id = index === 0 ? fieldId('status') : `${fieldId('status')}-${status}`;
            return (
              <div key={status} className="choice">
                <input
                  id={id}
                  className="choice__input"
                  type="radio"
                  name={fieldId('status')}
                  value={status}
                  checked={values.status === status}
                  onChange={() => {
                    setValues((current) => ({ ...current, status }));
                  }}
                />
                <label className="choice__label" htmlFor={id}>
                  {STATUS_LABELS[status]}
                </label>
              </div>
            );
          })}
        </div>
      </FormFieldset>

      <FormActions pending={pending} submitLabel={submitLabel} pendingLabel={pendingLabel}>
        {cancel}
      </FormActions>
    </form>
  );
}
