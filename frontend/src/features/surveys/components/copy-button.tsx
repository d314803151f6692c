import { useEffect, useState } from 'react';
import { Button } from '@/components/button';

export interface CopyButtonProps {
  text: string;
  /** What is copied, for the announcement that it was, e.g. “the survey link”. */
  what: string;
  /** The element showing the text, selected when the clipboard can't be written (so Ctrl+C works). */
  selectId?: string;
  /** The button's text. */
  label?: string;
  /** A fuller accessible name when the text alone is not clear; it must start with the text, e.g. “Copy link for residents”. */
  name?: string;
}

/** Copies text to the clipboard and says so; where the browser won't allow it, selects the text instead. */
export function CopyButton({ text, what, selectId, label = 'Copy', name }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'selected'>('idle');

  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => {
      setState('idle');
    }, 4000);
    return () => {
      clearTimeout(timer);
    };
  }, [state]);

  const selectInstead = () => {
    const target = selectId ? document.getElementById(selectId) : null;
    if (target instanceof HTMLInputElement) {
      target.focus();
      target.select();
      setState('selected');
    } else if (target) {
      window.getSelection()?.selectAllChildren(target);
      setState('selected');
    }
  };

  return (
    <>
      <Button
        variant="secondary"
        className="button--small"
        aria-label={name}
        onClick={() => {
          // Not there on a plain-http address; writeText also refuses without permission.
          if (typeof navigator.clipboard === 'undefined') {
            selectInstead();
            return;
          }
          navigator.clipboard.writeText(text).then(
            () => {
              setState('copied');
            },
            selectInstead,
          );
        }}
      >
        {state === 'copied' ? 'Copied' : label}
      </Button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? `Copied ${what}` : state === 'selected' ? `Selected ${what}: press Control and C to copy it` : ''}
      </span>
    </>
  );
}
