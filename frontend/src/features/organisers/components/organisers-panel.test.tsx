import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { CALDERDALE_ID, jsonResponse, mockFetch, setUpApiClient } from '@/test/api';
import { OrganisersPanel } from './organisers-panel';

const calderdaleOrganiser = {
  subject: '22222222-2222-4222-8222-222222222222',
  username: 'organiser.calderdale',
  email: 'organiser.calderdale@example.org',
  grantedAt: '2026-11-24T10:00:00Z',
  grantedBy: 'admin',
};
const newhamUser = {
  subject: '33333333-3333-4333-8333-333333333333',
  username: 'organiser.newham',
  name: 'Newham Organiser',
  email: 'organiser.newham@example.org',
  lastSeenAt: '2026-11-24T10:00:00Z',
};

describe('the organisers of a place', () => {
  beforeEach(() => {
    setUpApiClient('admin-token');
  });

  it('lists the organisers; admins revoke and grant by searching people who have signed in', async () => {
    let organisers = [calderdaleOrganiser];
    const { requests } = mockFetch((request) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/users') {
        return jsonResponse({ items: url.searchParams.get('q') === 'newham' ? [newhamUser] : [newhamUser, { ...calderdaleOrganiser }] });
      }
      if (request.method === 'PUT') {
        organisers = [...organisers, { ...newhamUser, grantedAt: '2026-11-25T09:00:00Z', grantedBy: 'admin' }];
        return jsonResponse(organisers.at(-1), { status: 201 });
      }
      if (request.method === 'DELETE') {
        organisers = organisers.filter((organiser) => !url.pathname.endsWith(organiser.subject));
        return new Response(null, { status: 204 });
      }
      return jsonResponse({ items: organisers });
    });
    const user = userEvent.setup();
    renderWithProviders(<OrganisersPanel placeId={CALDERDALE_ID} placeName="Calderdale" canManage />, { auth: fakeAuth(['admin']) });

    const table = await screen.findByRole('table', { name: 'People who organise Calderdale' });
    const row = within(table).getByRole('row', { name: /organiser\.calderdale/ });
    expect(row).toHaveTextContent('24 November 2026');
    expect(row).toHaveTextContent('admin');
    expect(screen.getByText(/People appear here after they have signed in to Kickstart once/)).toBeInTheDocument();

    // Someone who already organises the place isn't offered again.
    const people = await screen.findByRole('list', { name: 'People who have signed in' });
    expect(within(people).getByText('Already organises Calderdale')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Find a person' }), 'newham');
    await waitFor(() => {
      expect(within(screen.getByRole('list', { name: 'People who have signed in' })).getAllByRole('listitem')).toHaveLength(1);
    });
    await user.click(screen.getByRole('button', { name: 'Make organiser.newham an organiser of Calderdale' }));
    expect(await screen.findByText('organiser.newham now organises Calderdale.')).toBeInTheDocument();
    expect(await within(table).findByRole('row', { name: /organiser\.newham/ })).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe(`/api/v1/places/${CALDERDALE_ID}/organisers/${newhamUser.subject}`);

    await user.click(within(row).getByRole('button', { name: 'Stop organiser.calderdale organising Calderdale' }));
    await user.click(screen.getByRole('button', { name: 'Yes, revoke' }));
    expect(await screen.findByText('organiser.calderdale no longer organises Calderdale.')).toBeInTheDocument();
    await waitFor(() => {
      expect(within(table).queryByRole('row', { name: /organiser\.calderdale/ })).not.toBeInTheDocument();
    });
  });

  it('only shows the list to a place’s own organisers', async () => {
    const { requests } = mockFetch(() => jsonResponse({ items: [calderdaleOrganiser] }));
    renderWithProviders(<OrganisersPanel placeId={CALDERDALE_ID} placeName="Calderdale" canManage={false} />, {
      auth: fakeAuth(['organiser']),
    });
    await screen.findByRole('table', { name: 'People who organise Calderdale' });
    expect(screen.queryByRole('button', { name: /Stop/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Add an organiser' })).not.toBeInTheDocument();
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([`/api/v1/places/${CALDERDALE_ID}/organisers`]);
  });
});
