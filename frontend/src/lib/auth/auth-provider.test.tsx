import { act, render, screen } from '@testing-library/react';
import { User } from 'oidc-client-ts';
import { describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '@/lib/config';
import { AuthProvider } from './auth-provider';
import { useAuth } from './use-auth';
import { createUserManager } from './user-manager';

const config: AppConfig = {
  apiBaseUrl: 'http://api.test',
  oidcAuthority: 'http://idp.test/realms/kickstart',
  oidcClientId: 'kickstart-spa',
};

function jwt(payload: unknown): string {
  const part = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'RS256' })}.${part(payload)}.sig`;
}

/** Puts a signed-in user where oidc-client-ts keeps it (session storage), as after a real sign-in. */
function storeUser({ roles, expiresIn }: { roles: string[]; expiresIn: number }) {
  const expiresAt = Math.floor(Date.now() / 1000) + expiresIn;
  const user = new User({
    access_token: jwt({ sub: 'u-1', realm_access: { roles } }),
    token_type: 'Bearer',
    scope: 'openid profile email',
    profile: {
      sub: 'u-1',
      iss: config.oidcAuthority,
      aud: config.oidcClientId,
      exp: expiresAt,
      iat: expiresAt - 300,
      name: 'Ada Admin',
      preferred_username: 'ada',
    },
    expires_at: expiresAt,
  });
  window.sessionStorage.setItem(`oidc.user:${config.oidcAuthority}:${config.oidcClientId}`, user.toStorageString());
}

function Probe() {
  const auth = useAuth();
  return (
    <>
      <p data-testid="status">{auth.status}</p>
      <p data-testid="who">{auth.user ? `${auth.user.name} (${auth.user.username ?? ''})` : 'nobody'}</p>
      <p data-testid="roles">{auth.roles.join(',')}</p>
      <p data-testid="is-admin">{String(auth.hasRole('admin'))}</p>
      <button type="button" onClick={() => void auth.signIn()}>
        Sign in
      </button>
    </>
  );
}

function renderAuth() {
  const userManager = createUserManager(config, 'http://app.test');
  render(
    <AuthProvider userManager={userManager}>
      <Probe />
    </AuthProvider>,
  );
  return userManager;
}

describe('AuthProvider', () => {
  it('reads the stored user and the roles in their access token', async () => {
    storeUser({ roles: ['organiser', 'offline_access', 'admin'], expiresIn: 3600 });
    renderAuth();
    expect(await screen.findByText('signed-in')).toBeInTheDocument();
    expect(screen.getByTestId('who')).toHaveTextContent('Ada Admin (ada)');
    expect(screen.getByTestId('roles')).toHaveTextContent('admin,organiser');
    expect(screen.getByTestId('is-admin')).toHaveTextContent('true');
  });

  it('treats an expired session without a refresh token as signed out', async () => {
    storeUser({ roles: ['admin'], expiresIn: -60 });
    renderAuth();
    expect(await screen.findByText('signed-out')).toBeInTheDocument();
    expect(screen.getByTestId('roles')).toBeEmptyDOMElement();
    expect(screen.getByTestId('is-admin')).toHaveTextContent('false');
  });

  it('signs in with Authorization Code + PKCE and remembers the page to come back to', async () => {
    window.history.pushState({}, '', '/places/calderdale?tab=facts');
    const userManager = renderAuth();
    const redirect = vi.spyOn(userManager, 'signinRedirect').mockResolvedValue(undefined);
    expect(await screen.findByText('signed-out')).toBeInTheDocument();

    await act(async () => {
      screen.getByRole('button', { name: 'Sign in' }).click();
      await Promise.resolve();
    });

    expect(redirect).toHaveBeenCalledWith({ state: { returnTo: '/places/calderdale?tab=facts' } });
    expect(userManager.settings.response_type).toBe('code');
    expect(userManager.settings.redirect_uri).toBe('http://app.test/auth/callback');
  });
});
