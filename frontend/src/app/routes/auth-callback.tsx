import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Loading } from '@/components/spinner';
import { useAuth } from '@/lib/auth';
import { paths } from '@/lib/paths';

/** Where the sign-in service sends people back to; finishes the sign-in and returns them. */
export function AuthCallbackRoute() {
  const { completeSignIn } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let active = true;
    completeSignIn().then(
      (returnTo) => {
        if (active) void navigate(returnTo, { replace: true });
      },
      () => {
        if (active) setFailed(true);
      },
    );
    return () => {
      active = false;
    };
  }, [completeSignIn, navigate]);

  if (failed) {
    return (
      <div className="panel panel--error" role="alert">
        <title>Sign-in didn’t finish – Kickstart</title>
        <h1 className="panel__title">Sign-in didn’t finish</h1>
        <p className="panel__body">
          The sign-in link may have expired or been used already. <Link to={paths.home}>Go to the home page</Link> and
          choose Sign in to try again.
        </p>
      </div>
    );
  }

  return (
    <>
      <title>Signing you in – Kickstart</title>
      <h1 className="visually-hidden">Signing you in</h1>
      <Loading label="Signing you in…" />
    </>
  );
}
