import { beforeEach, describe, expect, it } from 'vitest';
import { mockFetch, placeFixture, problemResponse, jsonResponse, API_BASE } from '@/test/api';
import { NetworkError, ProblemError } from '@/lib/problem';
import { apiUrl, configureApiClient, createApiClient, etagFor, send, sendForData } from './client';

describe('the API client', () => {
  let token: string | undefined;
  const client = createApiClient({ baseUrl: API_BASE, getAccessToken: () => token });

  beforeEach(() => {
    token = undefined;
  });

  it('adds the bearer token when someone is signed in', async () => {
    token = 'token-123';
    const { requests } = mockFetch(() => jsonResponse({ subject: 's', roles: ['admin'] }));
    await sendForData(client.GET('/api/v1/me'));
    expect(requests[0]?.url).toBe(`${API_BASE}/api/v1/me`);
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer token-123');
  });

  it('sends no Authorization header when signed out', async () => {
    const { requests } = mockFetch(() => jsonResponse({ items: [] }));
    await sendForData(client.GET('/api/v1/places', { params: { query: { limit: 5 } } }));
    expect(requests[0]?.url).toBe(`${API_BASE}/api/v1/places?limit=5`);
    expect(requests[0]?.headers.has('Authorization')).toBe(false);
  });

  it('returns the body of a successful call', async () => {
    mockFetch(() => jsonResponse({ items: [placeFixture()] }));
    const page = await sendForData(client.GET('/api/v1/places'));
    expect(page.items[0]?.name).toBe('Calderdale');
  });

  it('throws a ProblemError for a problem+json answer', async () => {
    mockFetch(() => problemResponse({ type: 'https://kickstart.example/problems/forbidden', title: 'Not allowed', status: 403 }));
    const failure = sendForData(client.GET('/api/v1/me'));
    await expect(failure).rejects.toBeInstanceOf(ProblemError);
    await expect(failure).rejects.toMatchObject({ status: 403, title: 'Not allowed' });
  });

  it('throws a ProblemError for an error with an empty body', async () => {
    mockFetch(() => new Response(null, { status: 401 }));
    await expect(send(client.GET('/api/v1/me'))).rejects.toMatchObject({ status: 401, title: 'Sign-in required' });
  });

  it('throws a NetworkError when the API cannot be reached', async () => {
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(send(client.GET('/api/v1/places'))).rejects.toBeInstanceOf(NetworkError);
  });

  it('formats versions as strong ETags', () => {
    expect(etagFor(3)).toBe('"3"');
  });

  it('gives the absolute address of an API path, for links used outside the app', () => {
    configureApiClient({ baseUrl: 'https://api.example/kickstart/', getAccessToken: () => undefined });
    expect(apiUrl('/api/v1/places/abc/calendar.ics')).toBe('https://api.example/kickstart/api/v1/places/abc/calendar.ics');
  });
});
