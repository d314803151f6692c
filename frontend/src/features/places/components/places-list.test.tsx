import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { jsonResponse, mockFetch, placeFixture, setUpApiClient } from '@/test/api';
import { PlacesList } from './places-list';

const calderdale = placeFixture();
const newham = placeFixture({
  id: '1c7a8b9e-2d3e-4f50-9a1b-2c3d4e5f6a7b',
  slug: 'newham',
  name: 'Newham',
  gssCode: 'E09000025',
  region: 'London',
  population: 351100,
});
const somerset = placeFixture({
  id: '2d8b9c0f-3e4f-4061-8b2c-3d4e5f6a7b8c',
  slug: 'somerset',
  name: 'Somerset',
  gssCode: 'E06000066',
  region: 'South West',
  population: 571600,
});

describe('PlacesList', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  it('shows each place with its GSS code, region and formatted population', async () => {
    mockFetch(() => jsonResponse({ items: [calderdale, newham] }));
    renderWithProviders(<PlacesList />);

    const list = await screen.findByRole('list', { name: 'Places' });
    expect(screen.queryByText('Loading places…')).not.toBeInTheDocument();
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]!).getByRole('heading', { level: 2, name: 'Calderdale' })).toBeInTheDocument();
    expect(within(cards[0]!).getByRole('link', { name: 'Calderdale' })).toHaveAttribute('href', '/places/calderdale');
    expect(cards[0]).toHaveTextContent('206,600');
    expect(cards[0]).toHaveTextContent('E08000033');
    expect(cards[0]).toHaveTextContent('Yorkshire and The Humber');
    expect(cards[1]).toHaveTextContent('351,100');
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 2 places.');
    expect(screen.queryByRole('button', { name: /load more/i })).not.toBeInTheDocument();
  });

  it('loads the next page with nextCursor and appends it', async () => {
    const { requests } = mockFetch((request) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      if (cursor === null) return jsonResponse({ items: [calderdale, newham], nextCursor: 'page-2' });
      if (cursor === 'page-2') return jsonResponse({ items: [somerset] });
      return new Response(null, { status: 400 });
    });
    const user = userEvent.setup();
    renderWithProviders(<PlacesList pageSize={2} />);

    expect(await screen.findByText('Showing the first 2 places.')).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Load more places' }));

    await waitFor(() => {
      expect(screen.getAllByRole('listitem')).toHaveLength(3);
    });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Calderdale',
      'Newham',
      'Somerset',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 3 places.');
    expect(screen.queryByRole('button', { name: /load more/i })).not.toBeInTheDocument();

    expect(requests.map((request) => new URL(request.url).search)).toEqual(['?limit=2', '?limit=2&cursor=page-2']);
  });

  it('says so kindly when the API is down, and retries on request', async () => {
    let up = false;
    const { fetchMock } = mockFetch(() =>
      up ? jsonResponse({ items: [calderdale] }) : Promise.reject(new TypeError('Failed to fetch')),
    );
    const user = userEvent.setup();
    renderWithProviders(<PlacesList />);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'We can’t reach Kickstart right now' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);

    up = true;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Calderdale' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
