import { useCallback, useEffect, useState } from 'react';
import { useSearchParams, type SetURLSearchParams } from 'react-router';

/** Sets or (when empty) removes query-string values, keeping the others; replaces the history entry. */
export function updateSearchParams(setParams: SetURLSearchParams, changes: Record<string, string | undefined>) {
  setParams(
    (current) => {
      const next = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes)) {
        const trimmed = value?.trim() ?? '';
        if (trimmed === '') next.delete(name);
        else next.set(name, trimmed);
      }
      return next;
    },
    { replace: true },
  );
}

export interface DebouncedSearchParam {
  /** What is in the box now. */
  draft: string;
  setDraft: (value: string) => void;
  /** The value in the URL — what the list is showing. */
  value: string;
  /** Writes the draft to the URL now (e.g. when the form is submitted). */
  commit: () => void;
}

/**
 * A text box whose value is written to the query string `name` once typing pauses, so a search
 * can be shared, bookmarked and survives reload. Back and forward update the box too.
 */
export function useDebouncedSearchParam(name: string, delay = 350): DebouncedSearchParam {
  const [params, setParams] = useSearchParams();
  const value = params.get(name) ?? '';
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);

  // The URL changed from outside (back, forward, a link): show that in the box.
  if (value !== seen) {
    setSeen(value);
    if (value !== draft.trim()) setDraft(value);
  }

  const write = useCallback(
    (next: string) => {
      updateSearchParams(setParams, { [name]: next });
    },
    [name, setParams],
  );

  useEffect(() => {
    if (draft.trim() === value) return undefined;
    const timer = setTimeout(() => {
      write(draft);
    }, delay);
    return () => {
      clearTimeout(timer);
    };
  }, [draft, value, write, delay]);

  const commit = useCallback(() => {
    write(draft);
  }, [write, draft]);

  return { draft, setDraft, value, commit };
}
