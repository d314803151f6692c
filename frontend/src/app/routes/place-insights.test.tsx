import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Outlet } from 'react-router';
import { CALDERDALE_ID, jsonResponse, mockFetch, placeFixture, problemResponse, setUpApiClient } from '@/test/api';
import { renderWithProviders } from '@/test/render';
import { placeSections } from '../router';
import { PlaceRoute } from './place';

/** The place hub at `url`, its lazy sections loading behind a fallback as in the app's router. */
function renderHub(url: string) {
  return renderWithProviders(<Outlet />, {
    path: '/',
    url,
    children: [{ path: 'places/:slug', element: <PlaceRoute />, children: placeSections, hydrateFallbackElement: <p>Loading the page…</p> }],
  });
}

function mockApi() {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/places') return jsonResponse({ items: [placeFixture()] });
    if (url.pathname === '/api/v1/indicators') return jsonResponse({ threshold: 10, intervals: 'Wilson score 95% for proportions', items: [] });
    if (url.pathname === `/api/v1/places/${CALDERDALE_ID}/reach`) {
      return jsonResponse({ from: '2025-11-25', to: '2026-11-24', periods: [], events: 0, coHostedEvents: 0, partnersByType: {} });
    }
    if (url.pathname === `/api/v1/places/${CALDERDALE_ID}/gaps`) {
      return jsonResponse({ boundariesLoaded: false, radiusMetres: 800, threshold: 10, formula: 'score = …', items: [] });
    }
    return problemResponse({ status: 404, title: 'Not found' });
  });
}

describe('the place hub’s Insights', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  it('is a section of the place, loaded when opened, with its filters in the address', async () => {
    mockApi();
    const user = userEvent.setup();
    const { router } = renderHub('/places/calderdale');

    const nav = await screen.findByRole('navigation', { name: 'Calderdale sections' });
    await user.click(within(nav).getByRole('link', { name: 'Insights' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Insights for Calderdale' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/places/calderdale/insights');
    expect(within(nav).getByRole('link', { name: 'Insights' })).toHaveAttribute('aria-current', 'page');

    // A place nobody has answered about yet says so in every part.
    expect(await screen.findByText('No one has answered a survey in Calderdale for this selection yet.')).toBeInTheDocument();
    expect(await screen.findByText('No neighbourhoods have been imported for Calderdale yet, so there is nothing to rank.')).toBeInTheDocument();
    expect(screen.getByText('No events were on in this window.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show figures by' }), 'year');
    expect(router.state.location.search).toBe('?interval=year');
  });
});
