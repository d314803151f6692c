import type { ReactNode } from 'react';

/** The props a form control needs to be linked to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FormFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** A message shown next to the field, e.g. from the server's `errors[]`. */
  error?: string | undefined;
  optional?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled form control with an optional hint and error message. */
export function FormField({ id, label, hint, error, optional = false, children }: FormFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const control: FieldControlProps = { id, name: id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (error) control['aria-invalid'] = true;
  return (
    <div className={error ? 'field field--error' : 'field'}>
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
      {children(control)}
    </div>
  );
}

export interface FormFieldsetProps {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  children: ReactNode;
}

/**
 * A group of radios or checkboxes with a legend, hint and error message. Give the first control
 * the id `${id}` so an error summary can jump to it.
 */
export function FormFieldset({ id, legend, hint, error, optional = false, children }: FormFieldsetProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset className={error ? 'field fieldset field--error' : 'field fieldset'} aria-describedby={describedBy || undefined}>
      <legend className="field__label">
        {legend}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </legend>
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
      {children}
    </fieldset>
  );
}
