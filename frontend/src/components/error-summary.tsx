import { useEffect, useRef, type ReactNode } from 'react';

export interface SummaryItem {
  /** The id of the control to jump to, if the message belongs to one. */
  fieldId?: string;
  message: string;
}

export interface ErrorSummaryProps {
  title: string;
  description?: ReactNode;
  items: readonly SummaryItem[];
  children?: ReactNode;
}

/** Lists what needs fixing at the top of a form; takes focus when it appears. */
export function ErrorSummary({ title, description, items, children }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Take focus when the summary appears or says something new — not on every re-render, which
  // would pull focus away from a field while someone types in it.
  const signature = [title, ...items.map((item) => `${item.fieldId ?? ''}:${item.message}`)].join('\n');
  useEffect(() => {
    ref.current?.focus();
  }, [signature]);

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        {title}
      </h2>
      {description ? <div className="error-summary__body">{description}</div> : null}
      {items.length > 0 ? (
        <ul className="error-summary__list">
          {items.map((item) =>
            item.fieldId ? (
              <li key={`${item.fieldId}:${item.message}`}>
                <a
                  href={`#${item.fieldId}`}
                  onClick={(event) => {
                    const target = document.getElementById(item.fieldId ?? '');
                    if (target) {
                      event.preventDefault();
                      target.focus();
                    }
                  }}
                >
                  {item.message}
                </a>
              </li>
            ) : (
              <li key={item.message}>{item.message}</li>
            ),
          )}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
