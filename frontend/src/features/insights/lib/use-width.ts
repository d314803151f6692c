import { useEffect, useState, type RefObject } from 'react';

/**
 * The width in pixels of an element, kept up to date as the layout changes (a phone turned on its
 * side, a window resized), so a chart can draw at its real size with readable text. Until it is
 * measured (and where nothing can be measured, as in tests) it is `fallback`.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
