import { vi } from 'vitest';
import { configureApiClient } from '@/lib/api/client';

export const API_BASE = 'http://api.test';

type Handler = (request: Request) => Response | Promise<Response>;

/**
 * Replaces `fetch` for a test: every request the app makes goes to `handler`, and is recorded.
 * This stubs the network only — the app's client, middleware and parsing all run for real.
 */
export function mockFetch(handler: Handler) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}

export function setUpApiClient(accessToken?: string) {
  configureApiClient({ baseUrl: API_BASE, getAccessToken: () => accessToken });
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { status: 200, ...init, headers });
}

export function problemResponse(body: { status: number } & Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A place as the API returns it. */
export function placeFixture(overrides: Record<string, unknown> = {}) {
  return {
    id: '0b6f7a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b',
    slug: 'calderdale',
    name: 'Calderdale',
    gssCode: 'E08000033',
    region: 'Yorkshire and The Humber',
    population: 206600,
    createdAt: '2026-11-24T10:00:00Z',
    updatedAt: '2026-11-24T10:00:00Z',
    version: 3,
    ...overrides,
  };
}
