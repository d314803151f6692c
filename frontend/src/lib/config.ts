/**
 * Runtime configuration, read from `/config.json` when the app starts (not baked in at build
 * time), so a deployer can swap the file without rebuilding.
 */
export interface AppConfig {
  /** Origin of the Kickstart API, e.g. `http://localhost:8080` (no trailing slash). */
  apiBaseUrl: string;
  /** OIDC issuer, e.g. `http://localhost:8180/realms/kickstart`. */
  oidcAuthority: string;
  /** Public OIDC client id used with Authorization Code + PKCE. */
  oidcClientId: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const KEYS = ['apiBaseUrl', 'oidcAuthority', 'oidcClientId'] as const;

/** Checks the shape of a parsed config file and normalises it. */
export function parseConfig(raw: unknown): AppConfig {
  if (typeof raw !== 'object' || raw === null) {
    throw new ConfigError('config.json must be a JSON object.');
  }
  const record = raw as Record<string, unknown>;
  const missing = KEYS.filter((key) => typeof record[key] !== 'string' || record[key] === '');
  if (missing.length > 0) {
    throw new ConfigError(`config.json is missing: ${missing.join(', ')}.`);
  }
  const value = (key: (typeof KEYS)[number]) => (record[key] as string).trim().replace(/\/+$/, '');
  return {
    apiBaseUrl: value('apiBaseUrl'),
    oidcAuthority: value('oidcAuthority'),
    oidcClientId: value('oidcClientId'),
  };
}

/** Fetches and validates `config.json` from the app's own origin. */
export async function loadConfig(url = `${import.meta.env.BASE_URL}config.json`): Promise<AppConfig> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch {
    throw new ConfigError('The app could not load its settings (config.json).');
  }
  if (!response.ok) {
    throw new ConfigError(`The app could not load its settings (config.json answered ${String(response.status)}).`);
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new ConfigError('config.json is not valid JSON.');
  }
  return parseConfig(raw);
}
