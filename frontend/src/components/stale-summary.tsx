import { Button } from './button';
import { ErrorSummary } from './error-summary';

/** Shown at the top of a form when the server answers 412: someone else saved first. */
export function StaleSummary({ thing, onReload }: { thing: string; onReload?: (() => void) | undefined }) {
  return (
    <ErrorSummary
      title={`Someone else changed this ${thing}`}
      description={
        <p>
          Someone else changed this {thing} while you were editing it, so your changes have not been saved. Reload to get
          their version, then make your changes again.
        </p>
      }
      items={[]}
    >
      {onReload ? (
        <Button variant="secondary" onClick={onReload}>
          Reload this {thing}
        </Button>
      ) : null}
    </ErrorSummary>
  );
}
