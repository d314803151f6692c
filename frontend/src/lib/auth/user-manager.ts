import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from '@/lib/config';

export const CALLBACK_PATH = '/auth/callback';

/** The OIDC client: Authorization Code + PKCE against the configured Keycloak realm. */
export function createUserManager(config: AppConfig, origin: string = window.location.origin): UserManager {
  return new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    // Tokens live in this tab's session storage only, and are renewed with the refresh token.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    loadUserInfo: false,
  });
}

/** The current access token, for the API client; nothing when signed out or expired. */
export async function accessTokenFrom(userManager: UserManager): Promise<string | undefined> {
  const user = await userManager.getUser();
  return user && !user.expired ? user.access_token : undefined;
}
