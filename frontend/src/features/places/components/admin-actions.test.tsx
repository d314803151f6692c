import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/auth';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { jsonResponse, mockFetch, placeFixture, setUpApiClient } from '@/test/api';
import { NewPlaceLink } from './new-place-link';
import { PlaceOverview } from './place-overview';
import { PlaceSummary } from './place-summary';
import type { Place } from '../types';

function PlacePage({ place, onDeleted = () => undefined }: { place: Place; onDeleted?: (place: Place) => void }) {
  return (
    <>
      <PlaceSummary place={place} />
      <PlaceOverview place={place} onDeleted={onDeleted} onReload={() => undefined} />
    </>
  );
}

function renderPlace(roles: Role[] | null) {
  return renderWithProviders(<PlacePage place={placeFixture({ description: 'A borough in West Yorkshire.' })} />, {
    auth: fakeAuth(roles),
  });
}

describe('admin actions', () => {
  beforeEach(() => {
    setUpApiClient();
    mockFetch((request) => {
      if (request.method === 'GET') return jsonResponse({ items: [placeFixture({ description: 'A borough in West Yorkshire.' })] });
      return new Response(null, { status: 204 });
    });
  });

  it('shows Edit and Delete to admins', async () => {
    renderPlace(['admin']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Calderdale' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit place' })).toHaveAttribute('href', '/places/calderdale/edit');
    expect(screen.getByRole('button', { name: 'Delete place' })).toBeInTheDocument();
  });

  it.each<[string, Role[] | null]>([
    ['an organiser', ['organiser']],
    ['an analyst', ['analyst']],
    ['someone signed out', null],
  ])('hides them from %s', async (_who, roles) => {
    renderPlace(roles);
    expect(await screen.findByRole('heading', { level: 1, name: 'Calderdale' })).toBeInTheDocument();
    expect(screen.getByText('206,600')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit place' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete place' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Manage this place' })).not.toBeInTheDocument();
  });

  it('shows “Add a place” to admins only', () => {
    const { unmount } = renderWithProviders(<NewPlaceLink />, { auth: fakeAuth(['admin']) });
    expect(screen.getByRole('link', { name: 'Add a place' })).toHaveAttribute('href', '/places/new');
    unmount();
    renderWithProviders(<NewPlaceLink />, { auth: fakeAuth(['organiser', 'analyst']) });
    expect(screen.queryByRole('link', { name: 'Add a place' })).not.toBeInTheDocument();
  });

  it('asks before deleting, then deletes with If-Match', async () => {
    const { requests } = mockFetch((request) =>
      request.method === 'GET' ? jsonResponse({ items: [placeFixture({ version: 7 })] }) : new Response(null, { status: 204 }),
    );
    let deleted: string | undefined;
    const user = userEvent.setup();
    renderWithProviders(
      <PlacePage
        place={placeFixture({ version: 7 })}
        onDeleted={(place) => {
          deleted = place.name;
        }}
      />,
      { auth: fakeAuth(['admin']) },
    );

    await user.click(await screen.findByRole('button', { name: 'Delete place' }));
    const question = screen.getByRole('group', { name: 'Delete Calderdale?' });
    expect(question).toHaveFocus();
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);

    await user.click(within(question).getByRole('button', { name: 'Yes, delete it' }));
    await vi.waitFor(() => {
      expect(deleted).toBe('Calderdale');
    });
    const del = requests.find((request) => request.method === 'DELETE');
    expect(del?.headers.get('If-Match')).toBe('"7"');
  });
});
