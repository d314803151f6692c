import { env, realmUrl } from './env';

/** Makes sure the stack answers before any journey starts, with a hint when it does not. */
export default async function globalSetup(): Promise<void> {
  const checks = [
    [`${env.apiUrl}/q/health/ready`, 'the backend'],
    [`${realmUrl}/.well-known/openid-configuration`, 'Keycloak (realm kickstart)'],
    [`${env.spaUrl}/config.json`, 'the SPA'],
  ] as const;
  for (const [url, what] of checks) {
    const response = await fetch(url).catch(() => undefined);
    if (!response?.ok) {
      throw new Error(`${what} does not answer at ${url}. Run the journeys with 'make e2e', or start the stack with 'scripts/e2e.sh serve'.`);
    }
  }
  const config = (await (await fetch(`${env.spaUrl}/config.json`)).json()) as { apiBaseUrl?: string };
  if (config.apiBaseUrl !== env.apiUrl) {
    throw new Error(`the SPA at ${env.spaUrl} talks to ${String(config.apiBaseUrl)}, not to ${env.apiUrl}`);
  }
}
