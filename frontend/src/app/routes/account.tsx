import { RequireSignIn } from '@/components/require-role';
import { MeSummary } from '@/features/me/components/me-summary';
import { useAuth } from '@/lib/auth';

export function AccountRoute() {
  const { user } = useAuth();
  return (
    <>
      <title>Your account – Kickstart</title>
      <RequireSignIn>
        <header className="page-header">
          <h1 className="page-header__title">Your account</h1>
          <p className="page-header__lead">What Kickstart knows about you. Your details are managed by your sign-in provider.</p>
        </header>
        {user ? <MeSummary subject={user.subject} /> : null}
      </RequireSignIn>
    </>
  );
}
