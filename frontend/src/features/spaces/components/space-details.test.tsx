import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { spaceFixture } from '@/test/spaces';
import type { Space } from '../types';
import { SpaceDetails } from './space-details';

vi.mock('./map/leaflet-maps', () => import('@/test/spaces'));

const TRUST_ID = '9d0c1b2a-3e4f-4a5b-8c6d-000000000001';

const library = spaceFixture({
  name: 'Halifax Central Library',
  kind: 'library',
  mode: 'hybrid',
  address: 'Square Road, Halifax',
  postcode: 'HX1 1QG',
  url: 'https://meet.example.org/halifax-library',
  platform: 'Zoom',
  capacity: 120,
  cost: 'free',
  managingPartnerId: TRUST_ID,
  neighbourhoodCode: 'E01010577',
  status: 'planned',
  accessibility: ['step_free', 'hearing_loop'],
  welcome: ['free_to_enter_without_buying'],
  languages: ['en', 'ur'],
  openingHours: {
    periods: [
      { day: 'mon', opens: '09:00', closes: '17:00' },
      { day: 'sat', opens: '10:00', closes: '12:30' },
    ],
    note: 'Closed on bank holidays',
  },
  history: [
    { to: 'idea', at: '2026-03-02T10:00:00Z', by: 'organiser.calderdale', note: 'Added' },
    { from: 'idea', to: 'planned', at: '2026-06-15T13:30:00Z', by: 'admin', note: 'Trustees agreed.' },
  ],
}) as Space;

function mockApi() {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === `/api/v1/partners/${TRUST_ID}`) {
      return jsonResponse({ id: TRUST_ID, name: 'Calder Valley Trust', type: 'voluntary_community', createdAt: '2026-11-24T10:00:00Z', updatedAt: '2026-11-24T10:00:00Z', version: 0 });
    }
    if (url.pathname.endsWith('/neighbourhoods')) {
      return jsonResponse({ items: [{ code: 'E01010577', name: 'Calderdale 001A', imdDecile: 6, imdRank: 19087, iodEdition: 'IoD2025' }], total: 1 });
    }
    if (request.method === 'DELETE') return problemResponse({ status: 409, title: 'Conflict', detail: 'Events are still planned at this space.' });
    return problemResponse({ status: 404, title: 'Not found' });
  });
}

describe('SpaceDetails', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  it('shows the details, hours, features and history in words', async () => {
    mockApi();
    renderWithProviders(
      <SpaceDetails space={library} placeName="Calderdale" canWrite={false} onDeleted={() => undefined} onReload={() => undefined} />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Halifax Central Library' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Calder Valley Trust' })).toHaveAttribute('href', `/partners/${TRUST_ID}`);
    expect(await screen.findByText('Calderdale 001A (E01010577)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Join on Zoom/ })).toHaveAttribute('href', 'https://meet.example.org/halifax-library');
    expect(screen.getByText('120 people')).toBeInTheDocument();
    expect(screen.getByText('English, Urdu')).toBeInTheDocument();

    const hours = screen.getByRole('table', { name: 'Opening hours each week' });
    expect(within(hours).getByRole('row', { name: 'Monday 9am to 5pm' })).toBeInTheDocument();
    expect(within(hours).getByRole('row', { name: 'Tuesday Closed' })).toBeInTheDocument();
    expect(within(hours).getByRole('row', { name: 'Saturday 10am to 12:30pm' })).toBeInTheDocument();
    expect(screen.getByText('Closed on bank holidays')).toBeInTheDocument();

    expect(within(screen.getByRole('list', { name: 'Accessibility' })).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Step-free access',
      'Hearing loop',
    ]);
    expect(within(screen.getByRole('list', { name: 'Welcome' })).getByText('Free to enter without buying')).toBeInTheDocument();

    const history = screen.getAllByRole('listitem').filter((item) => item.classList.contains('timeline__entry'));
    expect(history).toHaveLength(2);
    expect(history[0]).toHaveTextContent(/Added as.*Status: Idea/);
    expect(history[0]).toHaveTextContent('2 March 2026 at 10:00am by organiser.calderdale');
    expect(history[1]).toHaveTextContent(/From.*Status: Idea.*to.*Status: Planned/);
    expect(history[1]).toHaveTextContent('Trustees agreed.');

    // Nothing to change for people who may not.
    expect(screen.queryByRole('heading', { name: 'Change status' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit space' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
  });

  it('offers writers edit, delete (after asking) and change of status', async () => {
    const { requests } = mockApi();
    const user = userEvent.setup();
    const onDeleted = vi.fn();
    renderWithProviders(
      <SpaceDetails space={library} placeName="Calderdale" canWrite onDeleted={onDeleted} onReload={() => undefined} />,
      { auth: fakeAuth(['organiser']) },
    );
    expect(screen.getByRole('link', { name: 'Edit space' })).toHaveAttribute('href', `/spaces/${library.id}/edit`);
    expect(screen.getByRole('heading', { name: 'Change status' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete space' }));
    const question = screen.getByRole('group', { name: 'Delete Halifax Central Library?' });
    expect(requests.filter((request) => request.method === 'DELETE')).toHaveLength(0);
    await user.click(within(question).getByRole('button', { name: 'Yes, delete it' }));
    expect(await within(question).findByRole('alert')).toHaveTextContent('Events are still planned at this space.');
    const del = requests.find((request) => request.method === 'DELETE');
    expect(del?.headers.get('If-Match')).toBe('"2"');
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
