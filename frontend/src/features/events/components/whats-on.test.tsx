import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { CHURCH, EVENT_ID, PLACE_ID, SPACE_ID, TRUST, eventFixture, membershipOf, occurrenceFixture, partnershipOf } from '@/test/events';
import { renderWithProviders } from '@/test/render';
import { WhatsOn } from './whats-on';

const place = { id: PLACE_ID, name: 'Calderdale' };

function occurrencesOf(requests: Request[]) {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/occurrences');
}

function mockApi({ pages = [[occurrenceFixture()]], write }: { pages?: unknown[][]; write?: (request: Request) => Response | Promise<Response> } = {}) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET') return write ? write(request) : problemResponse({ status: 500, title: 'Unexpected' });
    if (url.pathname === '/api/v1/occurrences') {
      const index = Number(url.searchParams.get('cursor') ?? '0');
      const next = index + 1 < pages.length ? { nextCursor: String(index + 1) } : {};
      return jsonResponse({ items: pages[index] ?? [], ...next });
    }
    if (url.pathname === '/api/v1/spaces') {
      return jsonResponse({ items: [{ id: SPACE_ID, placeId: PLACE_ID, name: 'Halifax Central Library', kind: 'library', mode: 'physical', status: 'open', accessibility: [], welcome: [], languages: [], createdAt: '', updatedAt: '', version: 1 }] });
    }
    if (url.pathname.endsWith('/partnership')) return jsonResponse(partnershipOf([membershipOf(TRUST), membershipOf(CHURCH)]));
    if (url.pathname === `/api/v1/events/${EVENT_ID}`) return jsonResponse(eventFixture(), { headers: { ETag: '"4"' } });
    return problemResponse({ status: 404, title: 'Not found' });
  });
}

describe('WhatsOn', () => {
  beforeEach(() => {
    setUpApiClient('token');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T09:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for this week by default and follows every page', async () => {
    const { requests } = mockApi({
      pages: [[occurrenceFixture()], [occurrenceFixture({ title: 'Youth club', date: '2026-12-09', start: '2026-12-09T18:00:00Z', end: '2026-12-09T20:00:00Z' })]],
    });
    renderWithProviders(<WhatsOn place={place} canWrite={false} />, { url: '/whats-on' });

    expect(await screen.findByRole('link', { name: 'Youth club' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tuesday coffee morning' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'This week: 7 to 13 December 2026' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 sessions this week.');
    const calls = occurrencesOf(requests);
    expect(calls).toHaveLength(2);
    expect(Object.fromEntries(calls[0]!.searchParams)).toEqual({ from: '2026-12-07', to: '2026-12-13', place: PLACE_ID, limit: '200' });
    expect(calls[1]!.searchParams.get('cursor')).toBe('1');
  });

  it('reads the week, view and filters from the address and writes changes back', async () => {
    const { requests } = mockApi();
    const user = userEvent.setup();
    const { router } = renderWithProviders(<WhatsOn place={place} canWrite={false} />, {
      url: `/whats-on?week=2026-12-14&view=list&category=social&space=${SPACE_ID}`,
    });

    await screen.findByRole('heading', { name: '14 to 20 December 2026' });
    expect(screen.getByLabelText('Kind of event')).toHaveValue('social');
    expect(await screen.findByRole('option', { name: 'Halifax Central Library' })).toBeInTheDocument();
    expect(screen.getByLabelText('Space')).toHaveValue(SPACE_ID);
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    const first = occurrencesOf(requests).at(-1)!.searchParams;
    expect(first.get('from')).toBe('2026-12-14');
    expect(first.get('to')).toBe('2026-12-20');
    expect(first.get('category')).toBe('social');
    expect(first.get('space')).toBe(SPACE_ID);

    await user.selectOptions(screen.getByLabelText('Who it’s for'), 'Older people');
    await user.selectOptions(await screen.findByLabelText('Hosted by'), 'St Mary’s Church');
    let params = new URLSearchParams(router.state.location.search);
    expect(params.get('audience')).toBe('older_people');
    expect(params.get('partner')).toBe(CHURCH.id);
    await waitFor(() => {
      expect(occurrencesOf(requests).at(-1)!.searchParams.get('partner')).toBe(CHURCH.id);
    });

    await user.click(screen.getByRole('link', { name: /Next week/ }));
    params = new URLSearchParams(router.state.location.search);
    expect(params.get('week')).toBe('2026-12-21');
    expect(params.get('audience')).toBe('older_people');
    expect(await screen.findByRole('heading', { name: '21 to 27 December 2026' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'This week' }));
    expect(new URLSearchParams(router.state.location.search).get('week')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Week' }));
    expect(new URLSearchParams(router.state.location.search).get('view')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    params = new URLSearchParams(router.state.location.search);
    expect([...params.keys()]).toEqual([]);
  });

  it('says when nothing is on, and shows an error with a way to try again', async () => {
    mockApi({ pages: [[]] });
    const { unmount } = renderWithProviders(<WhatsOn place={place} canWrite={false} />, { url: '/whats-on' });
    expect(await screen.findByText('Nothing is on in Calderdale this week.')).toBeInTheDocument();
    unmount();

    mockFetch(() => problemResponse({ status: 503, title: 'The service is unavailable' }));
    renderWithProviders(<WhatsOn place={place} canWrite={false} />, { url: '/whats-on' });
    expect(await screen.findByRole('heading', { name: 'The service is unavailable' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('lets organisers cancel a date from the list, with a note, sending the event with If-Match', async () => {
    const { requests } = mockApi({
      write: () => jsonResponse(eventFixture({ version: 5, exceptions: [{ date: '2026-12-08', cancelled: true, note: 'Hall closed' }] })),
    });
    const user = userEvent.setup();
    renderWithProviders(<WhatsOn place={place} canWrite />, { url: '/whats-on?view=list' });

    const item = (await screen.findByRole('link', { name: 'Tuesday coffee morning' })).closest('li')!;
    expect(item).toHaveTextContent('Hosted by Calder Valley Trust');
    await user.click(within(item).getByRole('button', { name: 'Cancel Tuesday coffee morning on Tuesday 8 December' }));
    await user.type(within(item).getByLabelText(/Why it is cancelled/), 'Hall closed');
    await user.click(within(item).getByRole('button', { name: 'Yes, cancel this date' }));

    expect(await screen.findByText('Tuesday coffee morning on Tuesday 8 December is cancelled.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.url).toBe(`http://api.test/api/v1/events/${EVENT_ID}`);
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(await put.json()).toMatchObject({
      recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330',
      start: '2026-12-01T10:00',
      exceptions: [{ date: '2026-12-08', cancelled: true, note: 'Hall closed' }],
    });
  });

  it('explains when someone else changed the event first (412)', async () => {
    mockApi({ write: () => problemResponse({ status: 412, title: 'The event has changed' }) });
    const user = userEvent.setup();
    renderWithProviders(<WhatsOn place={place} canWrite />, { url: '/whats-on?view=list' });

    const item = (await screen.findByRole('link', { name: 'Tuesday coffee morning' })).closest('li')!;
    await user.click(within(item).getByRole('button', { name: /Cancel Tuesday coffee morning/ }));
    await user.click(within(item).getByRole('button', { name: 'Yes, cancel this date' }));
    expect(await within(item).findByRole('alert', { name: 'Someone else changed this event' })).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Reload this event' })).toBeInTheDocument();
  });

  it('lets organisers undo a cancellation', async () => {
    const cancelled = eventFixture({ exceptions: [{ date: '2026-12-08', cancelled: true, note: 'Hall closed' }] });
    const { requests } = mockFetch((request) => {
      const url = new URL(request.url);
      if (request.method === 'PUT') return jsonResponse(eventFixture({ version: 5 }));
      if (url.pathname === '/api/v1/occurrences') return jsonResponse({ items: [occurrenceFixture({ status: 'cancelled', note: 'Hall closed' })] });
      if (url.pathname === `/api/v1/events/${EVENT_ID}`) return jsonResponse(cancelled);
      if (url.pathname.endsWith('/partnership')) return jsonResponse(partnershipOf([]));
      return jsonResponse({ items: [] });
    });
    const user = userEvent.setup();
    renderWithProviders(<WhatsOn place={place} canWrite />, { url: '/whats-on?view=list' });

    const item = (await screen.findByRole('link', { name: 'Tuesday coffee morning' })).closest('li')!;
    expect(within(item).getByText('Cancelled')).toBeInTheDocument();
    expect(within(item).getByText('Why: Hall closed')).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Undo the cancellation of Tuesday coffee morning on Tuesday 8 December' }));
    expect(await screen.findByText('Tuesday coffee morning on Tuesday 8 December is back on.')).toBeInTheDocument();
    const body = (await requests.find((request) => request.method === 'PUT')!.json()) as Record<string, unknown>;
    expect(body.exceptions).toBeUndefined();
  });
});
