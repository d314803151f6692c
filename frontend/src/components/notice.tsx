import type { ReactNode } from 'react';

/** A calm, announced message, e.g. “Calderdale was deleted.” */
export function Notice({ tone = 'info', children }: { tone?: 'info' | 'success' | 'warning'; children: ReactNode }) {
  return (
    <div className={`notice notice--${tone}`} role="status">
      {children}
    </div>
  );
}
