import type { ReactNode } from 'react';

/**
 * A wide table's container: scrolls sideways on a narrow screen. It can take keyboard focus, so
 * people who don't use a mouse can scroll it too (WCAG 2.1.1), and it is named by the table caption.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div
      className="table-wrap"
      role="region"
      aria-labelledby={labelledBy}
      // A focusable scroll container is the accessible pattern here, not an interactive widget.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {children}
    </div>
  );
}
