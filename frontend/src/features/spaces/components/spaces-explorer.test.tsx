import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { renderWithProviders } from '@/test/render';
import { PLACE_ID, spaceFixture } from '@/test/spaces';
import { SpacesExplorer } from './spaces-explorer';

vi.mock('./map/leaflet-maps', () => import('@/test/spaces'));

const place = { id: PLACE_ID, name: 'Calderdale' };

const library = spaceFixture({ name: 'Halifax Central Library', kind: 'library', status: 'open', distanceMetres: 348.2 });
const hall = spaceFixture({ name: 'Todmorden Hall', status: 'in_development', distanceMetres: 1834 });
const online = spaceFixture({ name: 'Calder Online Café', kind: 'online', mode: 'virtual', location: undefined, status: 'planned' });

function mockApi(items: unknown[] = [library, hall, online]) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/spaces') return jsonResponse({ items });
    if (url.pathname.endsWith('/neighbourhoods')) return jsonResponse({ items: [], total: 0 });
    return problemResponse({ status: 404, title: 'Not found' });
  });
}

function spaceRequests(requests: Request[]) {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/spaces');
}

describe('SpacesExplorer', () => {
  const scrollIntoView = vi.fn();

  beforeEach(() => {
    setUpApiClient();
    // jsdom does not lay out pages, so it has no scrolling.
    Element.prototype.scrollIntoView = scrollIntoView;
  });

  it('reads its filters from the address and asks the API for exactly those', async () => {
    const { requests } = mockApi();
    renderWithProviders(<SpacesExplorer place={place} />, {
      url: '/spaces?kind=library&status=open&feature=hearing_loop&feature=step_free&near=53.72,-1.86&radius=1000&q=hall',
    });

    expect(await screen.findByRole('link', { name: 'Halifax Central Library' })).toBeInTheDocument();
    const query = spaceRequests(requests)[0]?.searchParams;
    expect(query?.get('place')).toBe(PLACE_ID);
    expect(query?.get('kind')).toBe('library');
    expect(query?.get('status')).toBe('open');
    expect(query?.getAll('feature')).toEqual(['step_free', 'hearing_loop']);
    expect(query?.get('near')).toBe('53.72,-1.86');
    expect(query?.get('radius')).toBe('1000');
    expect(query?.get('q')).toBe('hall');

    // The controls show the same.
    expect(screen.getByLabelText('Kind of space')).toHaveValue('library');
    expect(screen.getByLabelText('Stage')).toHaveValue('open');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('hall');
    expect(screen.getByRole('checkbox', { name: 'Step-free access' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Hearing loop' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Warm space' })).not.toBeChecked();
    expect(screen.getByLabelText('Within')).toHaveValue('1000');
  });

  it('writes each change of filter into the address', async () => {
    const { requests } = mockApi();
    const user = userEvent.setup();
    const { router } = renderWithProviders(<SpacesExplorer place={place} />, { url: '/spaces?feature=step_free' });
    await screen.findByRole('link', { name: 'Halifax Central Library' });

    await user.selectOptions(screen.getByLabelText('Stage'), 'Planned');
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('planned');

    await user.selectOptions(screen.getByLabelText('In person or online'), 'Online');
    await user.click(screen.getByRole('checkbox', { name: 'Step-free access' }));
    await user.click(screen.getByRole('checkbox', { name: 'Free to enter without buying' }));
    let params = new URLSearchParams(router.state.location.search);
    expect(params.get('mode')).toBe('virtual');
    expect(params.getAll('feature')).toEqual(['free_to_enter_without_buying']);

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'library{Enter}');
    await waitFor(() => {
      expect(new URLSearchParams(router.state.location.search).get('q')).toBe('library');
    });

    // “Search this map area” puts the map's view in the address as bbox.
    await user.click(screen.getByRole('button', { name: 'Search this map area' }));
    params = new URLSearchParams(router.state.location.search);
    expect(params.get('bbox')).toBe('-1.9,53.7,-1.84,53.74');
    await waitFor(() => {
      expect(spaceRequests(requests).at(-1)?.searchParams.get('bbox')).toBe('-1.9,53.7,-1.84,53.74');
    });
    expect(spaceRequests(requests).at(-1)?.searchParams.get('q')).toBe('library');

    // A point picked on the map becomes `near`.
    await user.click(screen.getByRole('button', { name: 'Pick a point on the map' }));
    await user.click(screen.getByRole('button', { name: 'Click the map' }));
    expect(new URLSearchParams(router.state.location.search).get('near')).toBe('53.7,-1.9');

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it('lists each space with its kind, status badge, distance, or Online badge', async () => {
    mockApi();
    renderWithProviders(<SpacesExplorer place={place} />, { url: '/spaces?near=53.72,-1.86' });
    const list = await screen.findByRole('list', { name: 'Spaces' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);

    expect(items[0]).toHaveTextContent('Halifax Central Library');
    expect(items[0]).toHaveTextContent('Library');
    expect(items[0]).toHaveTextContent('Status: Open');
    expect(items[0]).toHaveTextContent('350 m away');
    expect(items[1]).toHaveTextContent('Status: In development');
    expect(items[1]).toHaveTextContent('1.8 km away');
    expect(items[2]).toHaveTextContent('Online');
    expect(items[2]).toHaveTextContent('Online only, so not on the map.');
    expect(within(items[2]!).queryByRole('button', { name: /Show on map/ })).not.toBeInTheDocument();

    expect(screen.getByText('3 spaces, nearest first.')).toBeInTheDocument();
    expect(screen.getByText('1 online-only space is in the list but not on the map.')).toBeInTheDocument();
    // Only spaces with a location are on the map.
    const map = await screen.findByRole('region', { name: 'Map of spaces in Calderdale' });
    expect(within(map).getAllByRole('button')).toHaveLength(2);
  });

  it('highlights the marker of the chosen list item, and the list item of the chosen marker', async () => {
    mockApi();
    const user = userEvent.setup();
    renderWithProviders(<SpacesExplorer place={place} />, { url: '/spaces' });
    const map = await screen.findByRole('region', { name: 'Map of spaces in Calderdale' });

    await user.click(await screen.findByRole('button', { name: 'Show on map: Todmorden Hall' }));
    expect(within(map).getByRole('button', { name: 'Marker: Todmorden Hall' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(map).getByRole('button', { name: 'Marker: Halifax Central Library' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Show on map: Todmorden Hall' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(map).getByRole('button', { name: 'Marker: Halifax Central Library' }));
    const item = screen.getByRole('link', { name: 'Halifax Central Library' }).closest('li');
    expect(item).toHaveAttribute('aria-current', 'true');
    expect(scrollIntoView.mock.contexts).toContain(item);
    expect(screen.getByRole('link', { name: 'Todmorden Hall' }).closest('li')).not.toHaveAttribute('aria-current');
  });

  it('says when nothing matches, and explains a failed search', async () => {
    mockApi([]);
    renderWithProviders(<SpacesExplorer place={place} />, { url: '/spaces?kind=youth' });
    expect(await screen.findByText('No spaces match these filters.')).toBeInTheDocument();

    mockFetch(() => problemResponse({ status: 400, title: 'The request is not valid', detail: 'bbox must be minLon,minLat,maxLon,maxLat' }));
    renderWithProviders(<SpacesExplorer place={place} />, { url: '/spaces?status=open' });
    expect(await screen.findByRole('alert')).toHaveTextContent('bbox must be minLon,minLat,maxLon,maxLat');
  });
});
