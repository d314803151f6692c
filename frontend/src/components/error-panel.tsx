import { isProblemError } from '@/lib/problem';
import { Button } from './button';
import { explainError } from './explain-error';

export interface ErrorPanelProps {
  error: unknown;
  /** Shows a “Try again” button. */
  onRetry?: () => void;
  retrying?: boolean;
  /** Overrides the heading (the detail still explains the cause). */
  title?: string;
  /** Keeps headings in order where the panel sits inside a section. */
  headingLevel?: 1 | 2 | 3 | 4;
}

/** Shows a problem's title and detail, and a retry when one makes sense. */
export function ErrorPanel({ error, onRetry, retrying = false, title, headingLevel = 2 }: ErrorPanelProps) {
  const Heading = `h${String(headingLevel)}` as 'h1' | 'h2' | 'h3' | 'h4';
  const explained = explainError(error);
  const canRetry = onRetry && !(isProblemError(error) && error.status >= 400 && error.status < 500);
  return (
    <div className="panel panel--error" role="alert">
      <Heading className="panel__title">{title ?? explained.title}</Heading>
      {explained.detail ? <p className="panel__body">{explained.detail}</p> : null}
      {canRetry ? (
        <Button variant="secondary" onClick={onRetry} busy={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </Button>
      ) : null}
    </div>
  );
}
