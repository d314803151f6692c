import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { NetworkError, parseProblem } from '@/lib/problem';
import type { paths } from './schema';

/** The typed client for the Kickstart API; its types are generated from `../openapi.yaml`. */
export type ApiClient = Client<paths>;

/** Returns the current access token, or nothing when no one is signed in. */
export type AccessTokenGetter = () => Promise<string | null | undefined> | string | null | undefined;

export interface ApiClientOptions {
  baseUrl: string;
  getAccessToken: AccessTokenGetter;
}

/** Adds `Authorization: Bearer <access token>` to every request while someone is signed in. */
export function bearerTokenMiddleware(getAccessToken: AccessTokenGetter): Middleware {
  return {
    async onRequest({ request }) {
      const token = await getAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}

export function createApiClient({ baseUrl, getAccessToken }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl,
    headers: { Accept: 'application/json, application/problem+json' },
    // Looked up on every call rather than captured once, so tests can stub `fetch`.
    fetch: (request) => globalThis.fetch(request),
  });
  client.use(bearerTokenMiddleware(getAccessToken));
  return client;
}

let instance: ApiClient | undefined;
let configuredBaseUrl: string | undefined;

/** Creates the app's one API client; called once at start-up, before anything renders. */
export function configureApiClient(options: ApiClientOptions): ApiClient {
  instance = createApiClient(options);
  configuredBaseUrl = options.baseUrl.replace(/\/+$/, '');
  return instance;
}

/**
 * The absolute address of an API path, e.g. for a calendar feed people subscribe to outside the
 * app: `apiUrl('/api/v1/places/…/calendar.ics')`.
 */
export function apiUrl(path: string): string {
  if (configuredBaseUrl === undefined) throw new Error('apiUrl() is used before configureApiClient() was called.');
  return `${configuredBaseUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The app's API client. Every fetcher in the features calls the API only through this. */
export function api(): ApiClient {
  if (!instance) throw new Error('The API client is used before configureApiClient() was called.');
  return instance;
}

interface ApiResult<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Awaits an API call and returns its successful result. Throws a {@link ProblemError} for an
 * error response and a {@link NetworkError} when the API could not be reached.
 */
export async function send<D>(pending: Promise<ApiResult<D>>): Promise<{ data: D | undefined; response: Response }> {
  let result: ApiResult<D>;
  try {
    result = await pending;
  } catch (error) {
    // fetch() rejects with a TypeError when the server is down, offline or refuses CORS.
    if (error instanceof TypeError && !isAbort(error)) throw new NetworkError({ cause: error });
    throw error;
  }
  if (!result.response.ok) throw parseProblem(result.error, result.response.status);
  return { data: result.data, response: result.response };
}

/** Like {@link send}, for calls that must answer with a body. */
export async function sendForData<D>(pending: Promise<ApiResult<D>>): Promise<D> {
  const { data, response } = await send(pending);
  if (data === undefined) throw parseProblem(undefined, response.status >= 500 ? response.status : 502);
  return data;
}

/** The strong entity tag the contract uses for a resource `version`: `"<version>"`. */
export function etagFor(version: number): string {
  return `"${String(version)}"`;
}
