import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { CALDERDALE_ID, jsonResponse, meFixture, mockFetch, placeFixture, problemResponse, setUpApiClient } from '@/test/api';
import { placeSections } from '../router';
import { PlaceRoute } from './place';

function mockApi(me = meFixture()) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/places') return jsonResponse({ items: [placeFixture({ description: 'A borough.' })] });
    if (url.pathname === '/api/v1/me') return jsonResponse(me);
    if (url.pathname === `/api/v1/places/${CALDERDALE_ID}/neighbourhoods`) return jsonResponse({ items: [], total: 0 });
    return problemResponse({ status: 404, title: 'Not found' });
  });
}

describe('the place hub', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  it('shows the facts and links to the place’s sections, marking the current one', async () => {
    mockApi();
    const user = userEvent.setup();
    const { router } = renderWithProviders(<PlaceRoute />, { path: '/places/:slug', children: placeSections, url: '/places/calderdale' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Calderdale' })).toBeInTheDocument();
    expect(screen.getByText('206,600')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Calderdale sections' });
    const sections = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(sections).toEqual(expect.arrayContaining(['Overview', 'Partnership', 'Neighbourhoods']));
    expect(sections[0]).toBe('Overview');
    // Organisers is for admins and the place's own organisers only.
    expect(sections).not.toContain('Organisers');
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 2, name: 'About Calderdale' })).toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: 'Neighbourhoods' }));
    // The section's code loads on first use, so the navigation finishes a moment later.
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/places/calderdale/neighbourhoods');
    });
    expect(within(nav).getByRole('link', { name: 'Neighbourhoods' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current');
    expect(await screen.findByText('No neighbourhoods have been imported for Calderdale yet.')).toBeInTheDocument();
    // Only admins import.
    expect(screen.queryByRole('heading', { name: 'Import neighbourhoods' })).not.toBeInTheDocument();
  });

  it('offers admins the Organisers section and the import', async () => {
    mockApi(meFixture({ roles: ['admin'], organises: [] }));
    renderWithProviders(<PlaceRoute />, {
      path: '/places/:slug',
      children: placeSections,
      url: '/places/calderdale/neighbourhoods',
      auth: fakeAuth(['admin']),
    });
    const nav = await screen.findByRole('navigation', { name: 'Calderdale sections' });
    expect(within(nav).getByRole('link', { name: 'Organisers' })).toHaveAttribute('href', '/places/calderdale/organisers');
    expect(screen.getByRole('heading', { name: 'Import neighbourhoods' })).toBeInTheDocument();
  });

  it('keeps an organiser of another place out of the add-partner page', async () => {
    mockApi(meFixture({ organises: [{ id: 'elsewhere', slug: 'newham', name: 'Newham' }] }));
    renderWithProviders(<PlaceRoute />, {
      path: '/places/:slug',
      children: placeSections,
      url: '/places/calderdale/partnership/add',
      auth: fakeAuth(['organiser']),
    });
    expect(await screen.findByRole('heading', { name: 'You can’t change Calderdale’s partnership' })).toBeInTheDocument();
  });

  it('says when the place does not exist', async () => {
    mockFetch(() => jsonResponse({ items: [] }));
    renderWithProviders(<PlaceRoute />, { path: '/places/:slug', children: placeSections, url: '/places/atlantis' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Place not found' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: /sections/ })).not.toBeInTheDocument();
  });
});
