import { useEffect, useState, type RefObject } from 'react';

/**
 * The width in pixels of an element, kept up to date as the layout changes (a phone turned on its
 * side, a window resized), so a chart can draw at its real size with readable text. Until it is
 * measured (and where nothing can be measured, as in tests) it is `fallback`.
 *
 * Read only from ResizeObserver, which reports sizes after the browser has laid the page out
 * anyway (it also reports once when observing starts); asking the element for its size here would
 * force a layout of the whole page in the middle of rendering.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const measured = Math.round(entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
