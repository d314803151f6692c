import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALDERDALE_ID, jsonResponse, meFixture, mockFetch, placeFixture, problemResponse, setUpApiClient } from '@/test/api';
import { occurrenceFixture, partnershipOf } from '@/test/events';
import { fakeAuth, renderWithProviders, type RenderOptions } from '@/test/render';
import { Outlet } from 'react-router';
import { placeSections } from '../router';
import { PlaceRoute } from './place';

/** The place hub at `url`, its lazy sections loading behind a fallback as in the app's router. */
function renderHub(url: string, options: Pick<RenderOptions, 'auth'> = {}) {
  return renderWithProviders(<Outlet />, {
    ...options,
    path: '/',
    url,
    children: [{ path: 'places/:slug', element: <PlaceRoute />, children: placeSections, hydrateFallbackElement: <p>Loading the page…</p> }],
  });
}

function mockApi(me = meFixture()) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/places') return jsonResponse({ items: [placeFixture()] });
    if (url.pathname === '/api/v1/me') return jsonResponse(me);
    if (url.pathname === '/api/v1/occurrences') return jsonResponse({ items: [occurrenceFixture({ placeId: CALDERDALE_ID })] });
    if (url.pathname === '/api/v1/spaces') return jsonResponse({ items: [] });
    if (url.pathname.endsWith('/partnership')) return jsonResponse(partnershipOf([]));
    return problemResponse({ status: 404, title: 'Not found' });
  });
}

describe('the place hub’s What’s on', () => {
  beforeEach(() => {
    setUpApiClient();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T09:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a section of the place, next to Spaces, loaded when opened', async () => {
    mockApi();
    const user = userEvent.setup();
    const { router } = renderHub('/places/calderdale');

    const nav = await screen.findByRole('navigation', { name: 'Calderdale sections' });
    const sections = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(sections.indexOf('What’s on')).toBe(sections.indexOf('Spaces') + 1);

    await user.click(within(nav).getByRole('link', { name: 'What’s on' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'What’s on in Calderdale' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/places/calderdale/whats-on');
    expect(await screen.findByRole('link', { name: 'Tuesday coffee morning' })).toBeInTheDocument();
    // Only admins and the place's organisers add events.
    expect(screen.queryByRole('link', { name: 'Add an event' })).not.toBeInTheDocument();
  });

  it('offers the place’s organisers to add an event', async () => {
    mockApi();
    renderHub('/places/calderdale/whats-on', { auth: fakeAuth(['organiser']) });
    expect(await screen.findByRole('link', { name: 'Add an event' })).toHaveAttribute('href', '/places/calderdale/events/new');
  });

  it('tells others they cannot add events', async () => {
    mockApi(meFixture({ organises: [] }));
    renderHub('/places/calderdale/events/new', { auth: fakeAuth(['organiser']) });
    expect(await screen.findByRole('heading', { name: 'You can’t add events in Calderdale' })).toBeInTheDocument();
  });
});
