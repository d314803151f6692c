import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { CALDERDALE_ID, jsonResponse, mockFetch, setUpApiClient } from '@/test/api';
import { InsightsDashboard } from './insights-dashboard';

const benchmark = { value: 0.62, year: '2024/25', source: 'Community Life Survey' };

function belonging(period: string, periodStart: string, fields: Record<string, unknown>) {
  return { indicator: 'belonging', label: 'Belong very or fairly strongly to their neighbourhood', kind: 'proportion', period, periodStart, benchmark, ...fields };
}

const periodic = {
  threshold: 10,
  intervals: 'Wilson score 95% for proportions; Student t 95% for means',
  items: [
    belonging('2026-Q1', '2026-01-01', { n: 61, value: 0.623, ciLow: 0.4975, ciHigh: 0.7339, suppressed: false }),
    belonging('2026-Q2', '2026-04-01', { n: 7, suppressed: true, suppression: 'primary' }),
    belonging('2026-Q3', '2026-07-01', { n: 50, value: 0.62, ciLow: 0.4815, ciHigh: 0.7414, suppressed: false }),
    belonging('2026-Q4', '2026-10-01', { n: 127, value: 0.67, ciLow: 0.58, ciHigh: 0.75, suppressed: false }),
  ],
};

const overallBelonging = { indicator: 'belonging', label: 'Belong very or fairly strongly to their neighbourhood', kind: 'proportion', benchmark };

const byAge = {
  threshold: 10,
  intervals: 'Wilson score 95% for proportions; Student t 95% for means',
  items: [
    { ...overallBelonging, group: '16_24', n: 8, suppressed: true, suppression: 'primary' },
    { ...overallBelonging, group: '25_34', n: 12, suppressed: true, suppression: 'secondary' },
    { ...overallBelonging, group: '35_49', n: 90, value: 0.6, ciLow: 0.5, ciHigh: 0.69, suppressed: false },
  ],
};

const compass = {
  threshold: 10,
  intervals: 'Wilson score 95% for proportions; Student t 95% for means',
  items: [
    { indicator: 'place_standard_1', label: 'Place Standard: Moving around', kind: 'mean', n: 40, value: 4.3, ciLow: 3.9, ciHigh: 4.7, suppressed: false },
    { indicator: 'place_standard_2', label: 'Place Standard: Public transport', kind: 'mean', n: 4, suppressed: true, suppression: 'primary' },
  ],
};

const reach = {
  from: '2025-11-25',
  to: '2026-11-24',
  periods: [{ period: '2026-Q3', periodStart: '2026-07-01', occurrencesHeld: 57, occurrencesRecorded: 51, attendance: 900, firstTime: 93 }],
  events: 8,
  coHostedEvents: 3,
  coHostedShare: 0.375,
  partnersByType: { faith: 2, business: 1 },
};

const gaps = {
  boundariesLoaded: false,
  radiusMetres: 800,
  threshold: 10,
  formula: 'score = 50 × need + 30 × (1 − supply) + 20 × outcome',
  items: [
    { code: 'E01010880', name: 'Calderdale 019D', imdDecile: 1, openSpaces: 0, weeklyEvents: 0, responses: 5, score: 90 },
    { code: 'E01010900', name: 'Calderdale 030A', imdDecile: 8, openSpaces: 2, weeklyEvents: 1, responses: 40, belonging: 0.7, loneliness: 0.05, score: 28 },
  ],
};

function mockApi(byPeriod: typeof periodic = periodic, gapsBody: typeof gaps = gaps) {
  return mockFetch((request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/indicators') {
      if (url.searchParams.has('breakdown')) return jsonResponse(byAge);
      if (url.searchParams.get('interval') === 'none') return jsonResponse(compass);
      return jsonResponse(byPeriod);
    }
    if (url.pathname === `/api/v1/places/${CALDERDALE_ID}/reach`) return jsonResponse(reach);
    if (url.pathname === `/api/v1/places/${CALDERDALE_ID}/gaps`) return jsonResponse(gapsBody);
    if (url.pathname === '/api/v1/spaces') {
      return jsonResponse({ items: [{ id: 'b0000000-0000-4000-8000-000000000001', placeId: CALDERDALE_ID, name: 'Halifax Hub' }] });
    }
    return jsonResponse({ items: [] });
  });
}

const place = { id: CALDERDALE_ID, name: 'Calderdale' };

function renderDashboard(url = '/places/calderdale/insights', signedIn = false) {
  return renderWithProviders(<InsightsDashboard place={place} signedIn={signedIn} />, {
    path: '/places/:slug/insights',
    url,
    auth: fakeAuth(signedIn ? ['analyst'] : null),
  });
}

function indicatorRequests(requests: Request[]) {
  return requests.map((request) => new URL(request.url)).filter((url) => url.pathname === '/api/v1/indicators');
}

describe('the Insights dashboard', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  it('shows the latest figure with its interval, base, change and England’s figure', async () => {
    const { requests } = mockApi();
    renderDashboard();

    const card = (await screen.findByRole('heading', { name: 'Belonging', level: 4 })).closest('li');
    expect(card).not.toBeNull();
    const inCard = within(card!);
    expect(inCard.getByText('67%')).toBeInTheDocument();
    expect(inCard.getByText(/Likely between 58% and 75% \(95% interval\), based on 127 answers, in Oct–Dec 2026\./)).toBeInTheDocument();
    expect(inCard.getByText(/Up 5 points since Jul–Sep 2026 \(62%\)\./)).toBeInTheDocument();
    expect(inCard.getByText(/England: 62% in 2024\/25 \(Community Life Survey\)\./)).toBeInTheDocument();

    // The trend leaves the withheld quarter as a gap and says why.
    expect(screen.getByText('No figure for Apr–Jun 2026: fewer than 10 responses (7 answered).')).toBeInTheDocument();
    const trend = screen.getByRole('img', { name: /^Belonging by quarter/ });
    expect(trend.getAttribute('aria-label')).toContain('Apr–Jun 2026: not shown: fewer than 10 responses (7 answered)');

    // Anonymous people get place-level figures only: no breakdown is asked for.
    expect(screen.getByRole('combobox', { name: 'Break down by' })).toBeDisabled();
    await screen.findByRole('img', { name: /^Place Standard compass/ });
    expect(indicatorRequests(requests).some((url) => url.searchParams.has('breakdown'))).toBe(false);
  });

  it('says there are not enough answers to compare when a period is withheld', async () => {
    // Up to June only: the latest quarter is withheld.
    mockApi({ ...periodic, items: periodic.items.slice(0, 2) });
    renderDashboard('/places/calderdale/insights?to=2026-06-30');
    const card = (await screen.findByRole('heading', { name: 'Belonging', level: 4 })).closest('li');
    expect(within(card!).getByText('Not shown')).toBeInTheDocument();
    expect(within(card!).getByText('Fewer than 10 responses in Apr–Jun 2026 (7 answered).')).toBeInTheDocument();
    expect(within(card!).getByText('Not enough answers to compare with the period before.')).toBeInTheDocument();
  });

  it('keeps the filters in the address, both ways', async () => {
    const { requests } = mockApi();
    const user = userEvent.setup();
    const { router } = renderDashboard('/places/calderdale/insights?interval=month&neighbourhood=E01010880', true);

    // From the address into the form…
    expect(await screen.findByRole('combobox', { name: 'Show figures by' })).toHaveValue('month');
    expect(await screen.findByRole('option', { name: 'Calderdale 019D' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Neighbourhood' })).toHaveValue('E01010880');

    // …and from the form into the address and the request.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Break down by' }), 'age_band');
    expect(router.state.location.search).toBe('?interval=month&neighbourhood=E01010880&breakdown=age_band');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show figures by' }), 'quarter');
    expect(router.state.location.search).toBe('?neighbourhood=E01010880&breakdown=age_band');

    // Both kinds of suppression read as words, not bars.
    expect(await screen.findByText('Fewer than 10 responses')).toBeInTheDocument();
    expect(screen.getByText('Hidden so that a small group can’t be worked out')).toBeInTheDocument();
    await waitFor(() => {
      const split = indicatorRequests(requests).find((url) => url.searchParams.get('breakdown') === 'age_band');
      expect(split?.searchParams.get('neighbourhood')).toBe('E01010880');
    });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
  });

  it('shows a chart as a table, and downloads what it shows as CSV', async () => {
    mockApi();
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:insights';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderDashboard();

    await user.click(await screen.findByRole('button', { name: 'Show as table: Belonging by quarter' }));
    const table = screen.getByRole('table', { name: 'Belonging by quarter' });
    expect(within(table).getByRole('row', { name: /Apr–Jun 2026 fewer than 10 responses 7/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Oct–Dec 2026 67% between 58% and 75% 127/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Download CSV: Belonging by quarter' }));
    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('belonging-trend-calderdale.csv');
    const text = await blobs[0]!.text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'period,period_start,indicator,label,n,value,ci_low,ci_high,not_shown_because',
      '2026-Q1,2026-01-01,belonging,Belong very or fairly strongly to their neighbourhood,61,0.623,0.4975,0.7339,',
      '2026-Q2,2026-04-01,belonging,Belong very or fairly strongly to their neighbourhood,7,,,,fewer than 10 responses',
      '2026-Q3,2026-07-01,belonging,Belong very or fairly strongly to their neighbourhood,50,0.62,0.4815,0.7414,',
      '2026-Q4,2026-10-01,belonging,Belong very or fairly strongly to their neighbourhood,127,0.67,0.58,0.75,',
      '',
    ]);
  });

  it('ranks the neighbourhoods and explains the score and the missing boundaries', async () => {
    mockApi();
    renderDashboard();
    const table = await screen.findByRole('table', { name: /Neighbourhoods of Calderdale by priority score/ });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Calderdale 019D');
    expect(rows[1]).toHaveTextContent('fewer than 10 answers');
    expect(rows[2]).toHaveTextContent('70%');
    expect(screen.getByText(/Neighbourhood boundaries aren’t loaded/)).toBeInTheDocument();
    expect(screen.getByText('deprivation')).toBeInTheDocument();
    expect(await screen.findByText('Calderdale has no open spaces with a location yet.')).toBeInTheDocument();
    expect(screen.getByText('3 of 8 events (38%) were hosted by two or more partners together.')).toBeInTheDocument();
  });

  it('shows the open spaces within walking distance once boundaries are loaded', async () => {
    mockApi(periodic, {
      ...gaps,
      boundariesLoaded: true,
      items: gaps.items.map((row, i) => ({ ...row, nearbyOpenSpaces: 3 + i })),
    });
    renderDashboard();
    const table = await screen.findByRole('table', { name: /Neighbourhoods of Calderdale by priority score/ });
    expect(within(table).getByRole('columnheader', { name: /Open spaces nearby.*within 800 m/ })).toBeInTheDocument();
    const [, first, second] = within(table).getAllByRole('row');
    if (!first || !second) throw new Error('the table has fewer than two neighbourhoods');
    // Cells after the row header: IMD decile, open spaces, open spaces nearby, …
    expect(within(first).getAllByRole('cell')[2]).toHaveTextContent('3');
    expect(within(second).getAllByRole('cell')[2]).toHaveTextContent('4');
    expect(screen.getByText(/Neighbourhood boundaries are loaded/)).toBeInTheDocument();
    expect(screen.queryByText(/Neighbourhood boundaries aren’t loaded/)).not.toBeInTheDocument();
  });

  it('asks for the parts further down, and the lists behind the filters, only when someone wants them', async () => {
    // Nothing is scrolled to: reach, the gaps and the map stay unasked for.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe = vi.fn();
        disconnect = vi.fn();
      },
    );
    const { requests } = mockApi();
    const user = userEvent.setup();
    renderDashboard('/places/calderdale/insights', true);
    await screen.findByRole('heading', { name: 'Belonging', level: 4 });
    const asked = (pathname: string) => requests.filter((request) => new URL(request.url).pathname === pathname);
    expect(screen.getByText('Reach and partnership figures load when you scroll to them.')).toBeInTheDocument();
    expect(screen.getByText('The neighbourhoods and their scores load when you scroll to them.')).toBeInTheDocument();
    expect(asked(`/api/v1/places/${CALDERDALE_ID}/reach`)).toHaveLength(0);
    expect(asked(`/api/v1/places/${CALDERDALE_ID}/gaps`)).toHaveLength(0);
    expect(asked('/api/v1/spaces')).toHaveLength(0);

    // Going to choose a neighbourhood lists them (from the gap analysis), by name.
    const neighbourhood = screen.getByRole('combobox', { name: 'Neighbourhood' });
    await user.click(neighbourhood);
    expect(await within(neighbourhood).findByRole('option', { name: 'Calderdale 019D' })).toBeInTheDocument();
    expect(within(neighbourhood).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All of the place',
      'Calderdale 019D',
      'Calderdale 030A',
    ]);
    expect(asked(`/api/v1/places/${CALDERDALE_ID}/gaps`)).toHaveLength(1);

    // …and going to choose a space lists the spaces.
    const space = screen.getByRole('combobox', { name: 'Space' });
    await user.click(space);
    expect(await within(space).findByRole('option', { name: 'Halifax Hub' })).toBeInTheDocument();
    expect(asked('/api/v1/spaces')).toHaveLength(1);
    expect(asked(`/api/v1/places/${CALDERDALE_ID}/reach`)).toHaveLength(0);
    vi.unstubAllGlobals();
  });
});
