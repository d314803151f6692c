import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './button';

export interface ConfirmActionProps {
  /** The button that opens the question, e.g. “Remove”. */
  triggerLabel: string;
  /** A fuller name for the trigger for screen readers, e.g. “Remove Calder Valley Trust”. */
  triggerAccessibleLabel?: string;
  triggerVariant?: ButtonVariant;
  /** The question, e.g. “Remove Calder Valley Trust from the partnership?” */
  question: string;
  /** What happens if they go ahead. */
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm: () => void;
  /** Called when they back out, e.g. to clear a failed attempt. */
  onCancel?: () => void;
  /** Shown inside the question, e.g. why the last attempt failed. */
  error?: ReactNode;
  headingLevel?: 3 | 4 | 5;
  /** A smaller trigger, for lists; the default. */
  small?: boolean;
}

/** A button that asks “are you sure?” in place, moving focus to the question and back. */
export function ConfirmAction({
  triggerLabel,
  triggerAccessibleLabel,
  triggerVariant = 'danger',
  question,
  children,
  confirmLabel,
  pendingLabel,
  pending,
  onConfirm,
  onCancel,
  error,
  headingLevel = 3,
  small = true,
}: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const questionRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const titleId = useId();
  const Heading = `h${String(headingLevel)}` as 'h3' | 'h4' | 'h5';

  useEffect(() => {
    if (open) questionRef.current?.focus();
    else if (wasOpen.current) triggerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <Button
        ref={triggerRef}
        variant={triggerVariant}
        className={small ? 'button--small' : undefined}
        aria-label={triggerAccessibleLabel}
        onClick={() => {
          setOpen(true);
        }}
      >
        {triggerLabel}
      </Button>
    );
  }

  return (
    <div className="confirm" ref={questionRef} tabIndex={-1} role="group" aria-labelledby={titleId}>
      <Heading className="confirm__title" id={titleId}>
        {question}
      </Heading>
      {children}
      {error}
      <div className="button-row">
        <Button variant="danger" busy={pending} onClick={onConfirm}>
          {pending ? pendingLabel : confirmLabel}
        </Button>
        <Button
          variant="quiet"
          onClick={() => {
            onCancel?.();
            setOpen(false);
          }}
        >
          Cancel
        </Button>
      </div>
    </div>
  );
}
