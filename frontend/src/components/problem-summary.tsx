import { ErrorSummary, type SummaryItem } from '@/components/error-summary';
import { explainError } from '@/components/explain-error';

/**
 * What a form shows when the server refused it: the field problems as links to their fields,
 * or, when there are none, the problem's own title and detail in plain words.
 */
export function ProblemSummary({ error, items }: { error: unknown; items: SummaryItem[] }) {
  const explained = explainError(error);
  return (
    <ErrorSummary
      title={items.length > 0 ? 'There is a problem' : explained.title}
      description={explained.detail ? <p>{explained.detail}</p> : undefined}
      items={items}
    />
  );
}
