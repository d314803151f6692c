import type { ReactNode } from 'react';
import { roleLabel, useAuth, type Role } from '@/lib/auth';
import { Button } from './button';
import { Loading } from './spinner';

/** Shows its children only to someone signed in; otherwise offers to sign in. */
export function RequireSignIn({ children, headingLevel = 1 }: { children: ReactNode; headingLevel?: 1 | 2 }) {
  const { status, signIn } = useAuth();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  if (status === 'loading') return <Loading label="Checking who you are…" />;

  if (status === 'signed-out') {
    return (
      <div className="panel">
        <Heading className="panel__title">Please sign in</Heading>
        <p className="panel__body">You need to sign in to see this page. You’ll come back here afterwards.</p>
        <Button onClick={() => void signIn()}>Sign in</Button>
      </div>
    );
  }

  return children;
}

/**
 * Shows its children only to people with the role. The API enforces the same rule; this only
 * spares people a form they cannot submit.
 */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { hasRole } = useAuth();
  return (
    <RequireSignIn>
      {hasRole(role) ? (
        children
      ) : (
        <div className="panel">
          <h1 className="panel__title">You can’t do this with your account</h1>
          <p className="panel__body">
            This page is for people with the {roleLabel(role).toLowerCase()} role. Ask a programme admin if you think
            you should have access.
          </p>
        </div>
      )}
    </RequireSignIn>
  );
}
