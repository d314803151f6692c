import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, setUpApiClient } from '@/test/api';
import { renderWithProviders } from '@/test/render';
import { PLACE_ID } from '@/test/spaces';
import { SpacePipeline } from './space-pipeline';

/** A stage as read out: its count and name (the symbol is decorative). */
function stageText(item: HTMLElement): string {
  return `${item.querySelector('.pipeline__count')?.textContent ?? ''} ${item.querySelector('.pipeline__label')?.textContent ?? ''}`;
}

describe('SpacePipeline', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  it('shows every stage from idea to closed, zeros included, and the counts by mode', async () => {
    const { requests } = mockFetch(() =>
      jsonResponse({ byStatus: { open: 14, idea: 3 }, byMode: { physical: 15, virtual: 2 }, total: 17 }),
    );
    renderWithProviders(<SpacePipeline placeId={PLACE_ID} placeSlug="calderdale" placeName="Calderdale" />);

    const stages = await screen.findByRole('list', { name: 'Spaces at each stage, from idea to closed' });
    expect(within(stages).getAllByRole('listitem').map(stageText)).toEqual(['3 Idea', '0 Planned', '0 In development', '14 Open', '0 Closed']);
    expect(screen.getByText('17 spaces in all.')).toBeInTheDocument();
    expect(screen.getByText(/In person 15 · Online 2 · In person and online 0/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See Calderdale’s spaces on a map' })).toHaveAttribute('href', '/places/calderdale/spaces');
    expect(new URL(requests[0]!.url).pathname).toBe(`/api/v1/places/${PLACE_ID}/pipeline`);
  });

  it('shows all five stages at zero for a place with no spaces', async () => {
    mockFetch(() => jsonResponse({ byStatus: {}, byMode: {}, total: 0 }));
    renderWithProviders(<SpacePipeline placeId={PLACE_ID} placeSlug="calderdale" placeName="Calderdale" />);
    const stages = await screen.findByRole('list', { name: /Spaces at each stage/ });
    const items = within(stages).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items.map(stageText)).toEqual(['0 Idea', '0 Planned', '0 In development', '0 Open', '0 Closed']);
    expect(screen.getByText('No spaces yet.')).toBeInTheDocument();
  });
});
