import type { ReactNode } from 'react';
import { Button } from '@/components/button';

interface FormActionsProps {
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  /** Usually a "Cancel" link or button, shown beside the submit button. */
  children?: ReactNode;
}

/** The end of every form: submit (busy while saving), a way out, and a status line for screen readers. */
export function FormActions({ pending, submitLabel, pendingLabel, children }: FormActionsProps) {
  return (
    <>
      <div className="button-row">
        <Button type="submit" busy={pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        {children}
      </div>
      <p className="visually-hidden" role="status">
        {pending ? pendingLabel : ''}
      </p>
    </>
  );
}
