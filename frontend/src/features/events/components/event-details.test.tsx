import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, placeFixture, problemResponse, setUpApiClient } from '@/test/api';
import { CHURCH, EVENT_ID, PLACE_ID, SPACE_ID, TRUST, eventFixture, occurrenceFixture } from '@/test/events';
import { fakeAuth, renderWithProviders } from '@/test/render';
import type { Event, PlaceRecord } from '../types';
import { EventDetails } from './event-details';

const place = placeFixture({ id: PLACE_ID }) as unknown as PlaceRecord;
const event = eventFixture({ hosts: [TRUST, CHURCH], exceptions: [{ date: '2026-12-22', cancelled: true, note: 'Christmas week' }] }) as unknown as Event;

const upcoming = [
  occurrenceFixture({ date: '2026-12-08', start: '2026-12-08T10:00:00Z', end: '2026-12-08T12:00:00Z' }),
  occurrenceFixture({ date: '2026-12-15', start: '2026-12-15T10:00:00Z', end: '2026-12-15T12:00:00Z' }),
  occurrenceFixture({ date: '2026-12-22', start: '2026-12-22T10:00:00Z', end: '2026-12-22T12:00:00Z', status: 'cancelled', note: 'Christmas week' }),
];
const past = [
  occurrenceFixture({
    date: '2026-12-01',
    start: '2026-12-01T10:00:00Z',
    end: '2026-12-01T12:00:00Z',
    attendance: { eventId: EVENT_ID, date: '2026-12-01', total: 18, firstTime: 3, ageBands: { age65to74: 9, age75plus: 5 }, recordedAt: '2026-12-01T13:00:00Z' },
  }),
];

function mockApi(write: (request: Request) => Response | Promise<Response> = () => problemResponse({ status: 500, title: 'Unexpected' })) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET') return write(request);
    if (url.pathname === '/api/v1/occurrences') {
      // Past dates are asked for up to today; the next ones from today on.
      return jsonResponse({ items: url.searchParams.get('to') === '2026-12-05' ? past : upcoming });
    }
    return problemResponse({ status: 404, title: 'Not found' });
  });
}

describe('EventDetails', () => {
  beforeEach(() => {
    setUpApiClient();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the schedule in words, the hosts, and the details', () => {
    mockApi();
    renderWithProviders(<EventDetails event={event} place={place} canWrite={false} onDeleted={() => undefined} onReload={() => undefined} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Tuesday coffee morning' })).toBeInTheDocument();
    expect(screen.getAllByText('Every Tuesday, 10:00–12:00, until 30 March 2027')).not.toHaveLength(0);
    expect(screen.getByText('Co-hosted')).toBeInTheDocument();
    const hosts = screen.getByText('Hosts').nextElementSibling!;
    expect(hosts).toHaveTextContent('Co-hosted by Calder Valley Trust and St Mary’s Church');
    expect(within(hosts as HTMLElement).getByRole('link', { name: 'St Mary’s Church' })).toHaveAttribute('href', `/partners/${CHURCH.id}`);
    expect(screen.getByRole('link', { name: 'Halifax Central Library' })).toHaveAttribute('href', `/spaces/${SPACE_ID}`);
    expect(screen.getByText('First date').nextElementSibling).toHaveTextContent('Tuesday 1 December 2026');
    expect(screen.getByText('Last date').nextElementSibling).toHaveTextContent('Tuesday 30 March 2027');
    expect(screen.getByText('Tuesday 22 December 2026')).toBeInTheDocument();
    expect(screen.getByText('Who it’s for').nextElementSibling).toHaveTextContent('All ages, Older people');
    expect(screen.queryByRole('button', { name: /Cancel/ })).not.toBeInTheDocument();
  });

  it('lists the next dates, cancelled ones marked, and past ones with their attendance', async () => {
    mockApi();
    renderWithProviders(<EventDetails event={event} place={place} canWrite={false} onDeleted={() => undefined} onReload={() => undefined} />);

    const next = screen.getByRole('region', { name: 'Coming up' });
    const items = await within(next).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Tuesday 8 December 202610:00–12:00',
      'Tuesday 15 December 202610:00–12:00',
      'Tuesday 22 December 202610:00–12:00CancelledWhy: Christmas week',
    ]);
    const pastRegion = screen.getByRole('region', { name: 'Past dates and attendance' });
    expect(await within(pastRegion).findByText('18 people came, 3 for the first time.')).toBeInTheDocument();
    expect(within(pastRegion).getByText('By age: 9 aged 65 to 74, 5 aged 75 and over.')).toBeInTheDocument();
    expect(within(pastRegion).getByText('18 attendances recorded over 1 of 1 dates.')).toBeInTheDocument();
    expect(within(pastRegion).queryByRole('button', { name: /attendance/ })).not.toBeInTheDocument();
  });

  it('lets organisers record attendance for a date that took place', async () => {
    const { requests } = mockApi(() =>
      jsonResponse({ eventId: EVENT_ID, date: '2026-12-01', total: 20, firstTime: 4, recordedAt: '2026-12-05T12:00:00Z' }),
    );
    const user = userEvent.setup();
    renderWithProviders(<EventDetails event={event} place={place} canWrite onDeleted={() => undefined} onReload={() => undefined} />, { auth: fakeAuth(['organiser']) });

    const pastRegion = screen.getByRole('region', { name: 'Past dates and attendance' });
    await user.click(await within(pastRegion).findByRole('button', { name: 'Change attendance on Tuesday 1 December' }));
    const form = within(pastRegion).getByRole('form', { name: 'Attendance on Tuesday 1 December' });
    expect(within(form).getByLabelText('How many came')).toHaveValue('18');
    expect(within(form).getByLabelText('65 to 74')).toHaveValue('9');

    await user.clear(within(form).getByLabelText('How many came'));
    await user.type(within(form).getByLabelText('How many came'), '12');
    await user.click(within(form).getByRole('button', { name: 'Save attendance' }));
    expect(within(form).getByRole('alert', { name: 'There is a problem' })).toHaveTextContent('Ages: The age groups add up to 14, more than the 12 who came');

    await user.clear(within(form).getByLabelText('How many came'));
    await user.type(within(form).getByLabelText('How many came'), '20');
    await user.clear(within(form).getByLabelText('Of them, here for the first time'));
    await user.type(within(form).getByLabelText('Of them, here for the first time'), '4');
    await user.clear(within(form).getByLabelText('75 and over'));
    await user.click(within(form).getByRole('button', { name: 'Save attendance' }));

    expect(await within(pastRegion).findByText('Attendance on Tuesday 1 December saved: 20 people came, 4 for the first time.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.url).toBe(`http://api.test/api/v1/events/${EVENT_ID}/occurrences/2026-12-01/attendance`);
    expect(await put.json()).toEqual({ total: 20, firstTime: 4, ageBands: { age65to74: 9 } });
  });

  it('offers cancelling upcoming dates, and undoing a cancellation, to organisers', async () => {
    const { requests } = mockApi(() => jsonResponse(eventFixture({ version: 5 })));
    const user = userEvent.setup();
    renderWithProviders(<EventDetails event={event} place={place} canWrite onDeleted={() => undefined} onReload={() => undefined} />, { auth: fakeAuth(['organiser']) });

    const next = screen.getByRole('region', { name: 'Coming up' });
    expect(await within(next).findByRole('button', { name: 'Cancel Tuesday coffee morning on Tuesday 8 December' })).toBeInTheDocument();
    await user.click(within(next).getByRole('button', { name: 'Undo the cancellation of Tuesday coffee morning on Tuesday 22 December' }));
    expect(await within(next).findByText('Tuesday coffee morning on Tuesday 22 December is back on.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(((await put.json()) as Record<string, unknown>).exceptions).toBeUndefined();
  });

  it('links the calendar feeds of the event, its space and its place', () => {
    mockApi();
    renderWithProviders(<EventDetails event={event} place={place} canWrite={false} onDeleted={() => undefined} onReload={() => undefined} />);

    const feeds = screen.getByRole('region', { name: 'Add to your calendar' });
    expect(within(feeds).getByLabelText('Calendar address for this event')).toHaveValue(`http://api.test/api/v1/events/${EVENT_ID}/calendar.ics`);
    expect(within(feeds).getByLabelText('Calendar address for everything at halifax central library')).toHaveValue(
      `http://api.test/api/v1/spaces/${SPACE_ID}/calendar.ics`,
    );
    const subscribe = within(feeds).getAllByRole('link', { name: 'Subscribe' });
    expect(subscribe.map((link) => link.getAttribute('href'))).toEqual([
      `webcal://api.test/api/v1/events/${EVENT_ID}/calendar.ics`,
      `webcal://api.test/api/v1/spaces/${SPACE_ID}/calendar.ics`,
      `webcal://api.test/api/v1/places/${PLACE_ID}/calendar.ics`,
    ]);
    expect(within(feeds).getByText('Google Calendar')).toBeInTheDocument();
    expect(within(feeds).getByText('Outlook')).toBeInTheDocument();
  });

  it('copies a feed’s address', async () => {
    mockApi();
    const writeText = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    renderWithProviders(<EventDetails event={event} place={place} canWrite={false} onDeleted={() => undefined} onReload={() => undefined} />);

    const feeds = screen.getByRole('region', { name: 'Add to your calendar' });
    // After userEvent.setup(), which puts in a clipboard of its own.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(feeds).getAllByRole('button', { name: 'Copy link' })[0]!);
    await waitFor(() => {
      expect(writeText).toHaveBeenCalledWith(`http://api.test/api/v1/events/${EVENT_ID}/calendar.ics`);
    });
    expect(within(feeds).getByText('Link copied. Paste it into your calendar app.')).toBeInTheDocument();
  });
});
