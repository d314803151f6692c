import { createContext } from 'react';
import type { Role } from './roles';

export type AuthStatus = 'loading' | 'signed-in' | 'signed-out';

export interface AuthUser {
  subject: string;
  /** A display name: the token's `name`, else `preferred_username`, else the subject. */
  name: string;
  username?: string;
  roles: readonly Role[];
}

export interface AuthContextValue {
  status: AuthStatus;
  user: AuthUser | null;
  roles: readonly Role[];
  hasRole: (role: Role) => boolean;
  /** Sends the browser to the sign-in page; comes back to `returnTo` (default: this page). */
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Finishes a sign-in on the callback route; resolves with the path to return to. */
  completeSignIn: () => Promise<string>;
  /** The last sign-in or sign-out failure, if any. */
  error: Error | null;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
