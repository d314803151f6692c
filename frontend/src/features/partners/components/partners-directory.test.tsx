import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { jsonResponse, mockFetch, partnerFixture, setUpApiClient } from '@/test/api';
import { PartnersDirectory } from './partners-directory';

const trust = partnerFixture({ name: 'Calder Valley Community Trust', type: 'voluntary_community', postcode: 'HX7 8AD' });
const church = partnerFixture({ name: 'St Mary’s Church', type: 'faith', description: 'Parish church with a community hall.' });
const council = partnerFixture({ name: 'Calderdale Council', type: 'local_authority' });

function partnerQueries(requests: Request[]) {
  return requests
    .filter((request) => new URL(request.url).pathname === '/api/v1/partners')
    .map((request) => Object.fromEntries(new URL(request.url).searchParams));
}

describe('the partners directory', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  it('reads its filters from the URL', async () => {
    const { requests } = mockFetch(() => jsonResponse({ items: [church] }));
    renderWithProviders(<PartnersDirectory />, { path: '/partners', url: '/partners?q=church&type=faith' });

    expect(await screen.findByRole('link', { name: 'St Mary’s Church' })).toHaveAttribute('href', `/partners/${church.id}`);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('church');
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('faith');
    expect(partnerQueries(requests)).toEqual([{ q: 'church', type: 'faith', limit: '25' }]);
    expect(screen.getByRole('status')).toHaveTextContent('Showing the only partner matching “church” of type Faith.');
    // The type is shown in words.
    expect(screen.getByRole('listitem')).toHaveTextContent('Faith');
  });

  it('ignores a type the contract does not know', async () => {
    const { requests } = mockFetch(() => jsonResponse({ items: [trust, church] }));
    renderWithProviders(<PartnersDirectory />, { path: '/partners', url: '/partners?type=pirates' });
    await screen.findByRole('link', { name: 'St Mary’s Church' });
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('');
    expect(partnerQueries(requests)).toEqual([{ limit: '25' }]);
  });

  it('writes the search (once typing pauses) and the type to the URL', async () => {
    const { requests } = mockFetch((request) => {
      const params = new URL(request.url).searchParams;
      if (params.get('type') === 'local_authority') return jsonResponse({ items: [council] });
      if (params.get('q') === 'calder') return jsonResponse({ items: [council, trust] });
      return jsonResponse({ items: [council, trust, church] });
    });
    const user = userEvent.setup();
    const { router } = renderWithProviders(<PartnersDirectory />, { path: '/partners', url: '/partners' });
    await screen.findByRole('link', { name: 'St Mary’s Church' });

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'calder');
    // Not on every key press: one request for the whole word, once typing pauses.
    await waitFor(() => {
      expect(router.state.location.search).toBe('?q=calder');
    });
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: 'St Mary’s Church' })).not.toBeInTheDocument();
    });
    expect(partnerQueries(requests)).toEqual([{ limit: '25' }, { q: 'calder', limit: '25' }]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Local authority');
    await waitFor(() => {
      expect(new URLSearchParams(router.state.location.search)).toEqual(new URLSearchParams('q=calder&type=local_authority'));
    });
    await waitFor(() => {
      expect(screen.getAllByRole('listitem')).toHaveLength(1);
    });
    expect(partnerQueries(requests).at(-1)).toEqual({ q: 'calder', type: 'local_authority', limit: '25' });

    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => {
      expect(router.state.location.search).toBe('');
    });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it('follows the URL when it changes from outside, e.g. Back', async () => {
    mockFetch(() => jsonResponse({ items: [church] }));
    const { router } = renderWithProviders(<PartnersDirectory />, { path: '/partners', url: '/partners?q=hall' });
    await screen.findByRole('link', { name: 'St Mary’s Church' });
    await act(() => router.navigate('/partners?q=parish'));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('parish');
  });

  it('loads more with nextCursor, keeping the filters', async () => {
    const { requests } = mockFetch((request) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      return cursor === 'next' ? jsonResponse({ items: [church] }) : jsonResponse({ items: [council, trust], nextCursor: 'next' });
    });
    const user = userEvent.setup();
    renderWithProviders(<PartnersDirectory pageSize={2} />, { path: '/partners', url: '/partners?q=c' });

    expect(await screen.findByText('Showing the first 2 partners matching “c”.')).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Load more partners' }));
    await waitFor(() => {
      expect(within(screen.getByRole('list', { name: 'Partners' })).getAllByRole('listitem')).toHaveLength(3);
    });
    expect(partnerQueries(requests).at(-1)).toEqual({ q: 'c', limit: '2', cursor: 'next' });
    expect(screen.queryByRole('button', { name: 'Load more partners' })).not.toBeInTheDocument();
  });
});
