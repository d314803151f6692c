import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { CHURCH, EVENT_ID, PLACE_ID, SPACE_ID, TRUST, eventFixture, membershipOf, partnershipOf } from '@/test/events';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { CreateEventForm } from './create-event-form';
import { EditEventForm } from './edit-event-form';

const organiser = fakeAuth(['organiser']);
const place = { id: PLACE_ID, name: 'Calderdale' };

/** The field's error message, found through the control's aria-describedby like a screen reader. */
function errorFor(control: HTMLElement): string | null {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const messages = ids
    .map((id) => document.getElementById(id))
    .filter((element): element is HTMLElement => element?.classList.contains('field__error') ?? false)
    .map((element) => element.textContent);
  return messages.length > 0 ? messages.join(' ') : null;
}

function fieldsetError(legend: string): string | null {
  const group = screen.getByRole('group', { name: new RegExp(legend) });
  return within(group).queryByText((_, element) => element?.classList.contains('field__error') ?? false)?.textContent ?? null;
}

function mockApi(write: (request: Request) => Response | Promise<Response>, event: unknown = eventFixture()) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET') return write(request);
    if (url.pathname === '/api/v1/spaces') {
      return jsonResponse({ items: [{ id: SPACE_ID, placeId: PLACE_ID, name: 'Halifax Central Library', kind: 'library', mode: 'physical', status: 'open', accessibility: [], welcome: [], languages: [], createdAt: '', updatedAt: '', version: 1 }] });
    }
    if (url.pathname.endsWith('/partnership')) return jsonResponse(partnershipOf([membershipOf(TRUST), membershipOf(CHURCH)]));
    if (url.pathname === `/api/v1/events/${EVENT_ID}`) return jsonResponse(event);
    return problemResponse({ status: 404, title: 'Not found' });
  });
}

/** Date and time inputs: jsdom has no picker, so set the value as a browser would. */
function setValue(control: HTMLElement, value: string) {
  fireEvent.change(control, { target: { value } });
}

describe('CreateEventForm', () => {
  beforeEach(() => {
    setUpApiClient('organiser-token');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says what is missing before sending anything', async () => {
    const { requests } = mockApi(() => jsonResponse({}));
    const user = userEvent.setup();
    renderWithProviders(<CreateEventForm place={place} cancelTo="/back" onCreated={() => undefined} />, { auth: organiser });

    await user.click(screen.getByRole('button', { name: 'Add event' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Name: Enter the event’s name',
      'Kind of event: Choose the kind of event',
      'Date: Enter the date it happens (the first date, if it repeats)',
      'Starts at: Enter the time it starts, like 10:00',
      'Ends at: Enter the time it ends, like 12:00',
      'Hosted by: Choose at least one partner who hosts it',
    ]);
    expect(within(summary).getByRole('link', { name: /Hosted by/ })).toHaveAttribute('href', '#event-hostPartnerIds');
    expect(errorFor(screen.getByLabelText('Name'))).toBe('Error: Enter the event’s name');
    expect(fieldsetError('Hosted by')).toBe('Error: Choose at least one partner who hosts it');
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('builds a repeating event with the recurrence editor, previewing its dates, and sends it', async () => {
    const { requests } = mockApi(() => jsonResponse(eventFixture(), { status: 201 }));
    const onCreated = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<CreateEventForm place={place} cancelTo="/back" onCreated={onCreated} />, { auth: organiser });

    await user.type(screen.getByLabelText('Name'), 'Advice drop-in');
    await user.selectOptions(screen.getByLabelText('Kind of event'), 'Support and advice');
    await user.click(screen.getByRole('checkbox', { name: 'Carers' }));
    setValue(screen.getByLabelText('Date'), '2026-12-01');
    setValue(screen.getByLabelText('Starts at'), '18:00');
    setValue(screen.getByLabelText('Ends at'), '20:00');

    await user.click(screen.getByRole('radio', { name: 'It repeats' }));
    await user.selectOptions(screen.getByLabelText('Repeats'), 'Monthly');
    // The editor starts from the first date: the first Tuesday of the month.
    expect(screen.getByRole('radio', { name: 'A day of the week: the first Tuesday' })).toBeChecked();
    await user.selectOptions(screen.getByLabelText('Which one in the month'), 'the second');

    // 1 December is not a second Tuesday: the preview says so and offers the next one.
    const preview = screen.getByRole('heading', { name: 'Preview' }).parentElement!;
    expect(preview).toHaveTextContent('The first date, Tuesday 1 December 2026, is not the second Tuesday of its month.');
    await user.click(within(preview).getByRole('button', { name: 'Start on Tuesday 8 December 2026 instead' }));
    expect(screen.getByLabelText('Date')).toHaveValue('2026-12-08');

    await user.click(screen.getByRole('radio', { name: 'After a number of times' }));
    await user.type(screen.getByLabelText('How many times in all'), '12');
    expect(preview).toHaveTextContent('On the second Tuesday of every month, 18:00–20:00, 12 times');
    expect(within(preview).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Tuesday 8 December 2026, 18:00–20:00',
      'Tuesday 12 January 2027, 18:00–20:00',
      'Tuesday 9 February 2027, 18:00–20:00',
      'Tuesday 9 March 2027, 18:00–20:00',
      'Tuesday 13 April 2027, 18:00–20:00',
      'Tuesday 11 May 2027, 18:00–20:00',
    ]);
    expect(preview).toHaveTextContent('12 dates in all, the last on Tuesday 9 November 2027.');

    await user.selectOptions(await screen.findByLabelText('Where it happens'), 'Halifax Central Library');
    await user.click(await screen.findByRole('checkbox', { name: 'Calder Valley Trust' }));
    await user.click(screen.getByRole('checkbox', { name: 'St Mary’s Church' }));
    await user.selectOptions(screen.getByLabelText(/Cost/), 'Free');
    await user.click(screen.getByRole('button', { name: 'Add event' }));

    await waitFor(() => {
      expect(onCreated).toHaveBeenCalled();
    });
    const post = requests.find((request) => request.method === 'POST')!;
    expect(post.url).toBe('http://api.test/api/v1/events');
    expect(await post.json()).toEqual({
      placeId: PLACE_ID,
      spaceId: SPACE_ID,
      hostPartnerIds: [TRUST.id, CHURCH.id],
      title: 'Advice drop-in',
      category: 'support_advice',
      audiences: ['carers'],
      cost: 'free',
      start: '2026-12-08T18:00',
      end: '2026-12-08T20:00',
      recurrence: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=12',
    });
  });

  it('shows the server’s field errors next to their fields', async () => {
    mockApi(() =>
      problemResponse({
        type: 'https://kickstart.example/problems/validation',
        title: 'The request is not valid',
        status: 400,
        errors: [
          { field: 'start', message: 'does not exist in Europe/London: the clocks go forward an hour that night' },
          { field: 'hostPartnerIds[0]', message: 'is not a partner in this place’s partnership' },
          { field: 'recurrence', message: 'UNTIL is before the start' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<CreateEventForm place={place} cancelTo="/back" onCreated={() => undefined} />, { auth: organiser });

    await user.type(screen.getByLabelText('Name'), 'Night walk');
    await user.selectOptions(screen.getByLabelText('Kind of event'), 'Social');
    setValue(screen.getByLabelText('Date'), '2027-03-28');
    setValue(screen.getByLabelText('Starts at'), '01:30');
    setValue(screen.getByLabelText('Ends at'), '03:00');
    await user.click(await screen.findByRole('checkbox', { name: 'Calder Valley Trust' }));
    await user.click(screen.getByRole('button', { name: 'Add event' }));

    await waitFor(() => {
      expect(screen.getByLabelText('Date')).toHaveAttribute('aria-invalid', 'true');
    });
    expect(errorFor(screen.getByLabelText('Date'))).toBe('Error: does not exist in Europe/London: the clocks go forward an hour that night');
    expect(fieldsetError('Hosted by')).toBe('Error: is not a partner in this place’s partnership');
    expect(fieldsetError('Does it repeat')).toBe('Error: UNTIL is before the start');
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Does it repeat: UNTIL is before the start' })).toHaveAttribute('href', '#event-recurrence');
  });
});

describe('EditEventForm', () => {
  beforeEach(() => {
    setUpApiClient('organiser-token');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts from the event, keeps its cancelled dates, and sends If-Match', async () => {
    const event = eventFixture({ exceptions: [{ date: '2026-12-22', cancelled: true, note: 'Christmas week' }] });
    const { requests } = mockApi(() => jsonResponse(eventFixture({ version: 5 })), event);
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<EditEventForm eventId={EVENT_ID} place={place} onSaved={onSaved} />, { auth: organiser });

    expect(await screen.findByLabelText('Name')).toHaveValue('Tuesday coffee morning');
    expect(screen.getByLabelText('Date')).toHaveValue('2026-12-01');
    expect(screen.getByLabelText('Starts at')).toHaveValue('10:00');
    expect(screen.getByRole('radio', { name: 'It repeats' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Tuesday' })).toBeChecked();
    expect(screen.getByLabelText('Last date')).toHaveValue('2027-03-30');
    expect(screen.getByText('Tuesday 22 December 2026: cancelled (Christmas week)')).toBeInTheDocument();
    const preview = screen.getByRole('heading', { name: 'Preview' }).parentElement!;
    expect(within(preview).getByText('Tuesday 22 December 2026, 10:00–12:00', { exact: false })).toHaveTextContent('(cancelled)');
    expect(await screen.findByRole('checkbox', { name: 'Calder Valley Trust' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Cancelled' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => {
      expect(onSaved).toHaveBeenCalled();
    });
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"4"');
    expect(await put.json()).toMatchObject({
      status: 'cancelled',
      start: '2026-12-01T10:00',
      end: '2026-12-01T12:00',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330',
      exceptions: [{ date: '2026-12-22', cancelled: true, note: 'Christmas week' }],
    });
  });

  it('flags changed dates the new schedule no longer gives, and the server’s errors on them', async () => {
    const event = eventFixture({ exceptions: [{ date: '2026-12-22', cancelled: true }] });
    const { requests } = mockApi(
      () =>
        problemResponse({
          status: 400,
          title: 'The request is not valid',
          errors: [{ field: 'exceptions[0].date', message: 'is not a date the schedule gives' }],
        }),
      event,
    );
    const user = userEvent.setup();
    renderWithProviders(<EditEventForm eventId={EVENT_ID} place={place} onSaved={() => undefined} />, { auth: organiser });

    await user.click(await screen.findByRole('checkbox', { name: 'Wednesday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    setValue(screen.getByLabelText('Date'), '2026-12-02');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveTextContent('Cancelled date, Tuesday 22 December 2026: This is no longer one of its dates. Remove it, or change the schedule back');
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(0);

    // Put back on Tuesdays, the server still refuses the date (say, the rule changed meanwhile).
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Wednesday' }));
    setValue(screen.getByLabelText('Date'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const remove = await screen.findByRole('button', { name: 'Put back on the schedule: Tuesday 22 December 2026' });
    await waitFor(() => {
      expect(errorFor(remove)).toBe('Error: is not a date the schedule gives');
    });
    await user.click(remove);
    expect(screen.queryByText(/Tuesday 22 December 2026: cancelled/)).not.toBeInTheDocument();
  });

  it('explains when someone else saved first (412) and reloads their version', async () => {
    let version = 4;
    mockFetch((request) => {
      const url = new URL(request.url);
      if (request.method === 'PUT') return problemResponse({ status: 412, title: 'The event has changed' });
      if (url.pathname === `/api/v1/events/${EVENT_ID}`) return jsonResponse(eventFixture({ version, title: version === 4 ? 'Tuesday coffee morning' : 'Coffee and chat' }));
      if (url.pathname.endsWith('/partnership')) return jsonResponse(partnershipOf([membershipOf(TRUST)]));
      return jsonResponse({ items: [] });
    });
    const user = userEvent.setup();
    renderWithProviders(<EditEventForm eventId={EVENT_ID} place={place} onSaved={() => undefined} />, { auth: organiser });

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert', { name: 'Someone else changed this event' })).toBeInTheDocument();
    version = 5;
    await user.click(screen.getByRole('button', { name: 'Reload this event' }));
    await waitFor(() => {
      expect(screen.getByLabelText('Name')).toHaveValue('Coffee and chat');
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
