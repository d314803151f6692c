import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface WhenNearProps {
  /** What stands in its place (of the same height, so nothing moves) until it is near. */
  placeholder: ReactNode;
  children: ReactNode;
  /** How far below the window to start, e.g. one screen ahead. */
  margin?: string;
}

/**
 * Renders its children once they come within `margin` of the window, so heavy parts further down
 * a page (a map of every space, say) load and draw only for people who scroll to them. Where the
 * browser cannot tell (no IntersectionObserver), they render at once.
 */
export function WhenNear({ placeholder, children, margin = '600px' }: WhenNearProps) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (near || !ref.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: `0px 0px ${margin} 0px` },
    );
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
    };
  }, [near, margin]);
  return near ? <>{children}</> : <div ref={ref}>{placeholder}</div>;
}
