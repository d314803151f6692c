import type { User, UserManager } from 'oidc-client-ts';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AuthContext, type AuthContextValue, type AuthUser } from './auth-context';
import { safeReturnTo } from './return-to';
import { rolesFromAccessToken, type Role } from './roles';

interface SignInState {
  returnTo?: string;
}

function toAuthUser(user: User): AuthUser {
  const profile = user.profile;
  const username = typeof profile.preferred_username === 'string' ? profile.preferred_username : undefined;
  const name = typeof profile.name === 'string' && profile.name.trim() !== '' ? profile.name : (username ?? profile.sub);
  return {
    subject: profile.sub,
    name,
    ...(username === undefined ? {} : { username }),
    roles: rolesFromAccessToken(user.access_token),
  };
}

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

function asError(error: unknown, fallback: string): Error {
  return error instanceof Error ? error : new Error(fallback);
}

// The authorization code can be redeemed once only; React may run effects twice in development,
// so remember the exchange for each callback URL.
const callbacks = new Map<string, Promise<User>>();

function finishSignIn(userManager: UserManager): Promise<User> {
  const url = window.location.href;
  let pending = callbacks.get(url);
  if (!pending) {
    pending = userManager.signinRedirectCallback(url);
    callbacks.set(url, pending);
  }
  return pending;
}

export interface AuthProviderProps {
  userManager: UserManager;
  children: ReactNode;
}

/** Holds who is signed in (from oidc-client-ts) and exposes it through {@link useAuth}. */
export function AuthProvider({ userManager, children }: AuthProviderProps) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    let active = true;
    const update = (next: User | null) => {
      if (active) setUser(next && !next.expired ? next : null);
    };
    userManager
      .getUser()
      .then(async (stored) => {
        if (stored?.expired && stored.refresh_token) {
          // Try to renew quietly; if that fails the person is simply signed out.
          return userManager.signinSilent().catch(async () => {
            await userManager.removeUser();
            return null;
          });
        }
        return stored;
      })
      .then(update, () => {
        update(null);
      })
      .finally(() => {
        if (active) setLoading(false);
      });

    const onLoaded = (loaded: User) => {
      update(loaded);
    };
    const onGone = () => {
      update(null);
    };
    const onSignedOut = () => {
      void userManager.removeUser();
    };
    userManager.events.addUserLoaded(onLoaded);
    userManager.events.addUserUnloaded(onGone);
    userManager.events.addAccessTokenExpired(onGone);
    userManager.events.addUserSignedOut(onSignedOut);
    return () => {
      active = false;
      userManager.events.removeUserLoaded(onLoaded);
      userManager.events.removeUserUnloaded(onGone);
      userManager.events.removeAccessTokenExpired(onGone);
      userManager.events.removeUserSignedOut(onSignedOut);
    };
  }, [userManager]);

  const signIn = useCallback(
    async (returnTo?: string) => {
      setError(null);
      const state: SignInState = { returnTo: safeReturnTo(returnTo ?? currentPath()) };
      try {
        await userManager.signinRedirect({ state });
      } catch (cause) {
        setError(asError(cause, 'Sign-in is not available right now.'));
      }
    },
    [userManager],
  );

  const signOut = useCallback(async () => {
    setError(null);
    try {
      await userManager.signoutRedirect();
    } catch {
      // The sign-in service is unreachable: at least forget the tokens in this browser.
      await userManager.removeUser();
    }
  }, [userManager]);

  const completeSignIn = useCallback(async () => {
    const signedIn = await finishSignIn(userManager);
    setUser(signedIn);
    return safeReturnTo((signedIn.state as SignInState | undefined)?.returnTo);
  }, [userManager]);

  const value = useMemo<AuthContextValue>(() => {
    const authUser = user ? toAuthUser(user) : null;
    const roles: readonly Role[] = authUser?.roles ?? [];
    return {
      status: loading ? 'loading' : authUser ? 'signed-in' : 'signed-out',
      user: authUser,
      roles,
      hasRole: (role: Role) => roles.includes(role),
      signIn,
      signOut,
      completeSignIn,
      error,
    };
  }, [user, loading, error, signIn, signOut, completeSignIn]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

