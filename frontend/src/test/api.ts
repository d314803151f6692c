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

export const CALDERDALE_ID = '0b6f7a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b';
export const NEWHAM_ID = '1c7a8b9e-2d3e-4f50-9a1b-2c3d4e5f6a7b';

/** `GET /api/v1/me` as the API answers it. */
export function meFixture(overrides: Record<string, unknown> = {}) {
  return {
    subject: 'user-1',
    username: 'sam',
    name: 'Sam Example',
    roles: ['organiser'],
    organises: [{ id: CALDERDALE_ID, slug: 'calderdale', name: 'Calderdale' }],
    ...overrides,
  };
}

let partnerCounter = 0;

/** A partner as the API returns it. */
export function partnerFixture(overrides: Record<string, unknown> = {}) {
  partnerCounter += 1;
  return {
    id: `9d0c1b2a-3e4f-4a5b-8c6d-${String(partnerCounter).padStart(12, '0')}`,
    name: `Partner ${String(partnerCounter)}`,
    type: 'voluntary_community',
    createdAt: '2026-11-24T10:00:00Z',
    updatedAt: '2026-11-24T10:00:00Z',
    version: 0,
    ...overrides,
  };
}

/** A membership as the API returns it. */
export function membershipFixture(partner: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  return {
    placeId: CALDERDALE_ID,
    partner,
    role: 'core',
    commitments: [],
    status: 'active',
    version: 1,
    ...overrides,
  };
}

/** A partnership with its summary computed from the members, as the API does. */
export function partnershipFixture(members: ReturnType<typeof membershipFixture>[]) {
  const types = ['local_authority', 'business', 'voluntary_community', 'faith', 'social_enterprise', 'health', 'education', 'housing', 'other'];
  const active = members.filter((member) => member.status === 'active');
  const byType = Object.fromEntries(types.map((type) => [type, active.filter((member) => member.partner.type === type).length]));
  const byRole = Object.fromEntries(['lead', 'core', 'supporting'].map((role) => [role, active.filter((member) => member.role === role).length]));
  return {
    place: { id: CALDERDALE_ID, slug: 'calderdale', name: 'Calderdale' },
    members,
    summary: { active: active.length, left: members.length - active.length, byType, byRole },
  };
}
