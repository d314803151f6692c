import { Link } from 'react-router';
import { roleLabel, useAuth } from '@/lib/auth';
import { Button } from '../button';

/** The signed-in state in the header: who you are, your roles, and sign in / sign out. */
export function Account() {
  const { status, user, signIn, signOut, error } = useAuth();

  if (status === 'loading') {
    return <div className="account" aria-hidden="true" />;
  }

  if (!user) {
    return (
      <div className="account">
        {error ? (
          <p className="account__error" role="alert">
            Sign-in isn’t available right now.
          </p>
        ) : null}
        <Button variant="secondary" className="button--small" onClick={() => void signIn()}>
          Sign in
        </Button>
      </div>
    );
  }

  return (
    <div className="account">
      <p className="account__who">
        <span className="visually-hidden">Signed in as </span>
        <Link to="/account" className="account__name">
          {user.name}
        </Link>
        {user.roles.length > 0 ? (
          <span className="account__roles">
            <span className="visually-hidden">, roles: </span>
            {user.roles.map((role) => (
              <span key={role} className="badge">
                {roleLabel(role)}
              </span>
            ))}
          </span>
        ) : null}
      </p>
      <Button variant="quiet" className="button--small" onClick={() => void signOut()}>
        Sign out
      </Button>
    </div>
  );
}
