import type { FieldError } from '@/lib/problem';

export interface ImportProblem {
  /** The line in the file, when the problem belongs to one row. */
  row?: number;
  /** The column, e.g. `IMD_decile`, or “Header” for the first line. */
  column?: string;
  message: string;
}

const ROW_FIELD = /^rows\[(\d+)\]\.(.+)$/;

/**
 * An importer's field errors (neighbourhoods, survey responses) as rows of a table:
 * `rows[12].IMD_decile` → line 12, column IMD_decile; `header` → the header line; anything else
 * is a problem with the whole file.
 */
export function importProblems(errors: readonly FieldError[]): ImportProblem[] {
  return errors.map(({ field, message }) => {
    const match = ROW_FIELD.exec(field);
    if (match?.[1] && match[2]) return { row: Number(match[1]), column: match[2], message };
    if (field === 'header') return { column: 'Header', message };
    return { message };
  });
}
