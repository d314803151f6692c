import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { CALDERDALE_ID, jsonResponse, mockFetch, setUpApiClient } from '@/test/api';
import { NeighbourhoodsTable } from './neighbourhoods-table';

const row = (code: string, name: string, imdDecile: number, imdRank: number, extra: Record<string, unknown> = {}) => ({
  code,
  name,
  imdDecile,
  imdRank,
  iodEdition: 'IoD2025',
  ...extra,
});

describe('the neighbourhoods table', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  it('shows the total, each decile as a number with words, and loads more', async () => {
    const { requests } = mockFetch((request) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      return cursor
        ? jsonResponse({ items: [row('E01010579', 'Calderdale 001C', 10, 33001)], total: 3 })
        : jsonResponse({
            items: [row('E01010577', 'Calderdale 001A', 6, 19087), row('E01010578', 'Calderdale 001B', 1, 120, { population: 1534 })],
            total: 3,
            nextCursor: 'next',
          });
    });
    const user = userEvent.setup();
    renderWithProviders(<NeighbourhoodsTable placeId={CALDERDALE_ID} placeName="Calderdale" pageSize={2} />, {
      path: '/places/calderdale/neighbourhoods',
      url: '/places/calderdale/neighbourhoods',
    });

    const table = await screen.findByRole('table', { name: 'Neighbourhoods in Calderdale and their deprivation' });
    expect(screen.getByText('3 neighbourhoods in Calderdale. Showing 2.')).toHaveAttribute('role', 'status');
    const b = within(table).getByRole('row', { name: /Calderdale 001B/ });
    // Not colour alone: the number, and words for screen readers.
    expect(b).toHaveTextContent('1 (most deprived 10%)');
    expect(b).toHaveTextContent('120');
    expect(b).toHaveTextContent('1,534');
    expect(within(table).getByRole('columnheader', { name: /Population/ })).toBeInTheDocument();
    expect(screen.getByText(/Open Government Licence v3\.0/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more (1 more)' }));
    await waitFor(() => {
      expect(within(table).getAllByRole('row')).toHaveLength(4);
    });
    expect(within(table).getByRole('row', { name: /Calderdale 001C/ })).toHaveTextContent('10 (least deprived 10%)');
    expect(screen.getByText('3 neighbourhoods in Calderdale.')).toBeInTheDocument();
    expect(new URL(requests.at(-1)!.url).searchParams.get('cursor')).toBe('next');
  });

  it('searches by code or name, keeping the search in the URL', async () => {
    const { requests } = mockFetch((request) =>
      new URL(request.url).searchParams.get('q') === '001a'
        ? jsonResponse({ items: [row('E01010577', 'Calderdale 001A', 6, 19087)], total: 1 })
        : jsonResponse({ items: [], total: 0 }),
    );
    const user = userEvent.setup();
    const { router } = renderWithProviders(<NeighbourhoodsTable placeId={CALDERDALE_ID} placeName="Calderdale" />, {
      path: '/n',
      url: '/n',
    });
    expect(await screen.findByText('No neighbourhoods have been imported for Calderdale yet.')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search by code or name' }), '001a{Enter}');
    expect(await screen.findByText('1 neighbourhood matches “001a”.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?q=001a');
    expect(requests.map((request) => new URL(request.url).searchParams.get('q'))).toEqual([null, '001a']);
  });
});
