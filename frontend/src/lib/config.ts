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
  /** Map tiles, a `{z}/{x}/{y}` template; OpenStreetMap's standard tiles when the file leaves it out. */
  mapTileUrl?: string;
  /** Credit shown on maps for those tiles (HTML allowed, as tile providers ask for a link). */
  mapAttribution?: string;
}

export const DEFAULT_MAP_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_MAP_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

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
    ...parseMapTiles(record),
  };
}

/** The optional map settings: both absent (the defaults), or a tile URL template with {z}, {x} and {y}. */
function parseMapTiles(record: Record<string, unknown>): Required<Pick<AppConfig, 'mapTileUrl' | 'mapAttribution'>> {
  const { mapTileUrl, mapAttribution } = record;
  if (mapTileUrl === undefined || mapTileUrl === '') {
    return {
      mapTileUrl: DEFAULT_MAP_TILE_URL,
      mapAttribution: typeof mapAttribution === 'string' && mapAttribution.trim() !== '' ? mapAttribution.trim() : DEFAULT_MAP_ATTRIBUTION,
    };
  }
  if (typeof mapTileUrl !== 'string' || !['{z}', '{x}', '{y}'].every((part) => mapTileUrl.includes(part))) {
    throw new ConfigError('config.json: mapTileUrl must be a tile address with {z}, {x} and {y} in it.');
  }
  if (mapAttribution !== undefined && typeof mapAttribution !== 'string') {
    throw new ConfigError('config.json: mapAttribution must be text.');
  }
  return { mapTileUrl: mapTileUrl.trim(), mapAttribution: mapAttribution?.trim() ?? '' };
}

/** Fetches and validates `config.json` from the app's own origin. */
export async function loadConfig(url = `${import.meta.env.BASE_URL}config.json`): Promise<AppConfig> {
  let response: Response;
  try {
    // The server marks config.json no-store, so this takes the copy index.html preloaded, never a stale one.
    response = await fetch(url, { headers: { Accept: 'application/json' } });
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
