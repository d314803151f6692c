import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { PLACE_ID, spaceFixture } from '@/test/spaces';
import { CreateSpaceForm } from './create-space-form';
import { EditSpaceForm } from './edit-space-form';

vi.mock('./map/leaflet-maps', () => import('@/test/spaces'));

const organiser = fakeAuth(['organiser']);
const place = { id: PLACE_ID, name: 'Calderdale' };
const TRUST_ID = '9d0c1b2a-3e4f-4a5b-8c6d-000000000001';

/** The field's error message, found through the control's aria-describedby like a screen reader. */
function errorFor(control: HTMLElement): string | null {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const messages = ids
    .map((id) => document.getElementById(id))
    .filter((element): element is HTMLElement => element?.classList.contains('field__error') ?? false)
    .map((element) => element.textContent);
  return messages.length > 0 ? messages.join(' ') : null;
}

function mockApi(write: (request: Request) => Response | Promise<Response>) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET') return write(request);
    if (url.pathname === '/api/v1/spaces') return jsonResponse({ items: [] });
    if (url.pathname.endsWith('/neighbourhoods')) {
      return jsonResponse({
        items: [{ code: 'E01010577', name: 'Calderdale 001A', imdDecile: 6, imdRank: 19087, iodEdition: 'IoD2025' }],
        total: 1,
      });
    }
    if (url.pathname === '/api/v1/partners') {
      return jsonResponse({
        items: [
          { id: TRUST_ID, name: 'Calder Valley Trust', type: 'voluntary_community', createdAt: '2026-11-24T10:00:00Z', updatedAt: '2026-11-24T10:00:00Z', version: 0 },
        ],
      });
    }
    return problemResponse({ status: 404, title: 'Not found' });
  });
}

describe('CreateSpaceForm', () => {
  beforeEach(() => {
    setUpApiClient('organiser-token');
  });

  it('shows which fields each mode needs', async () => {
    mockApi(() => jsonResponse({}));
    const user = userEvent.setup();
    renderWithProviders(<CreateSpaceForm place={place} cancelTo="/back" onCreated={() => undefined} />, { auth: organiser });

    // In person (the default): a location, no joining link.
    expect(screen.getByRole('radio', { name: 'In person' })).toBeChecked();
    expect(screen.getByLabelText('Latitude')).toBeInTheDocument();
    expect(screen.getByLabelText(/Postcode/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Joining link')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Online' }));
    expect(screen.queryByLabelText('Latitude')).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Postcode/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Joining link')).toBeInTheDocument();
    expect(screen.getByLabelText('Platform')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'In person and online' }));
    expect(screen.getByLabelText('Latitude')).toBeInTheDocument();
    expect(screen.getByLabelText('Joining link')).toBeInTheDocument();

    // Online-only spaces must say where to join.
    await user.click(screen.getByRole('radio', { name: 'Online' }));
    await user.type(screen.getByLabelText('Name'), 'Calder Online Café');
    await user.selectOptions(screen.getByLabelText('Kind of space'), 'Online');
    await user.click(screen.getByRole('button', { name: 'Add space' }));
    expect(errorFor(screen.getByLabelText('Joining link'))).toMatch(/where people join online/);
    expect(errorFor(screen.getByLabelText('Platform'))).toMatch(/Zoom or WhatsApp/);
  });

  it('keeps the map and the typed coordinates in step', async () => {
    mockApi(() => jsonResponse({}));
    const user = userEvent.setup();
    renderWithProviders(<CreateSpaceForm place={place} cancelTo="/back" onCreated={() => undefined} />, { auth: organiser });

    await user.click(await screen.findByRole('button', { name: 'Click the map' }));
    expect(screen.getByLabelText('Latitude')).toHaveValue('53.72171');
    expect(screen.getByLabelText('Longitude')).toHaveValue('-1.85752');

    await user.clear(screen.getByLabelText('Latitude'));
    await user.type(screen.getByLabelText('Latitude'), '53.7');
    expect(screen.getByText('Pin at 53.7, -1.85752')).toBeInTheDocument();
  });

  it('shows nested server field errors next to their fields', async () => {
    const { requests } = mockApi(() =>
      problemResponse({
        type: 'https://kickstart.example/problems/validation',
        title: 'The request is not valid',
        status: 400,
        detail: '3 fields need attention.',
        errors: [
          { field: 'location.lat', message: 'must be inside the United Kingdom (49.8 to 60.9)' },
          { field: 'openingHours.periods[1].closes', message: 'must be after the opening time' },
          { field: 'languages[0]', message: 'is not a language tag' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<CreateSpaceForm place={place} cancelTo="/back" onCreated={() => undefined} />, { auth: organiser });

    await user.type(screen.getByLabelText('Name'), 'Halifax Central Library');
    await user.selectOptions(screen.getByLabelText('Kind of space'), 'Library');
    await user.click(await screen.findByRole('button', { name: 'Click the map' }));
    await user.type(screen.getByLabelText(/Postcode/), 'HX1 1QG');
    await user.selectOptions(await screen.findByLabelText(/Managing partner/), 'Calder Valley Trust');
    await user.click(screen.getByRole('button', { name: 'Add opening times' }));
    await user.click(screen.getByRole('button', { name: 'Add opening times' }));
    const second = screen.getByRole('group', { name: 'Opening time 2' });
    await user.clear(within(second).getByLabelText('Closes'));
    await user.type(within(second).getByLabelText('Closes'), '24:00');
    await user.click(screen.getByRole('checkbox', { name: 'Step-free access' }));
    await user.click(screen.getByRole('checkbox', { name: 'Warm space' }));
    await user.type(screen.getByLabelText(/Languages spoken/), 'en, ur');
    expect(screen.getByText('Reads as: English, Urdu.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add space' }));

    const lat = screen.getByLabelText('Latitude');
    await waitFor(() => {
      expect(lat).toHaveAttribute('aria-invalid', 'true');
    });
    expect(errorFor(lat)).toBe('Error: must be inside the United Kingdom (49.8 to 60.9)');
    expect(errorFor(screen.getByLabelText('Longitude'))).toBeNull();
    const first = screen.getByRole('group', { name: 'Opening time 1' });
    expect(errorFor(within(first).getByLabelText('Closes'))).toBeNull();
    expect(errorFor(within(second).getByLabelText('Closes'))).toBe('Error: must be after the opening time');
    expect(errorFor(screen.getByLabelText(/Languages spoken/))).toBe('Error: is not a language tag');

    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Latitude: must be inside the United Kingdom (49.8 to 60.9)' })).toHaveAttribute(
      'href',
      '#space-location-lat',
    );
    expect(within(summary).getByRole('link', { name: 'Opening time 2, closes: must be after the opening time' })).toBeInTheDocument();

    const post = requests.find((request) => request.method === 'POST');
    expect(post?.url).toBe('http://api.test/api/v1/spaces');
    expect(await post?.json()).toEqual({
      placeId: PLACE_ID,
      name: 'Halifax Central Library',
      kind: 'library',
      mode: 'physical',
      status: 'idea',
      postcode: 'HX1 1QG',
      location: { lat: 53.72171, lon: -1.85752 },
      managingPartnerId: TRUST_ID,
      openingHours: {
        periods: [
          { day: 'mon', opens: '09:00', closes: '17:00' },
          { day: 'tue', opens: '09:00', closes: '24:00' },
        ],
      },
      accessibility: ['step_free'],
      welcome: ['warm_space'],
      languages: ['en', 'ur'],
    });
  });
});

describe('EditSpaceForm', () => {
  beforeEach(() => {
    setUpApiClient('organiser-token');
  });

  it('sends If-Match without the status, and explains a 412', async () => {
    const space = spaceFixture({ name: 'Todmorden Hall', status: 'planned', version: 7, managingPartnerId: TRUST_ID });
    const { requests } = mockFetch((request) => {
      const url = new URL(request.url);
      if (request.method === 'PUT') return problemResponse({ status: 412, title: 'The resource has changed' });
      if (url.pathname === `/api/v1/spaces/${space.id}`) return jsonResponse(space);
      if (url.pathname === '/api/v1/partners') return jsonResponse({ items: [] });
      if (url.pathname === `/api/v1/partners/${TRUST_ID}`) {
        return jsonResponse({ id: TRUST_ID, name: 'Calder Valley Trust', type: 'voluntary_community', createdAt: '2026-11-24T10:00:00Z', updatedAt: '2026-11-24T10:00:00Z', version: 0 });
      }
      return jsonResponse({ items: [], total: 0 });
    });
    const user = userEvent.setup();
    renderWithProviders(<EditSpaceForm spaceId={space.id} place={place} onSaved={() => undefined} />, { auth: organiser });

    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('Todmorden Hall');
    // No stage here: that changes through the lifecycle.
    expect(screen.queryByLabelText(/^Stage/)).not.toBeInTheDocument();
    // A managing partner no longer in the partnership is still shown by name.
    expect(await screen.findByRole('option', { name: 'Calder Valley Trust' })).toBeInTheDocument();

    await user.type(name, ' Community Rooms');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert', { name: 'Someone else changed this space' })).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"7"');
    const body = (await put?.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'Todmorden Hall Community Rooms', placeId: PLACE_ID, managingPartnerId: TRUST_ID });
    expect(body).not.toHaveProperty('status');
  });
});
