import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/auth';
import { fakeAuth, renderWithProviders } from '@/test/render';
import {
  CALDERDALE_ID,
  NEWHAM_ID,
  jsonResponse,
  meFixture,
  membershipFixture,
  mockFetch,
  partnerFixture,
  partnershipFixture,
  placeFixture,
  problemResponse,
  setUpApiClient,
} from '@/test/api';
import { placeSections } from '../router';
import { PlaceRoute } from './place';

const council = partnerFixture({ name: 'Calderdale Council', type: 'local_authority' });
const trust = partnerFixture({ name: 'Calder Valley Community Trust', type: 'voluntary_community' });
const mosque = partnerFixture({ name: 'Jamia Mosque', type: 'faith' });
const cafe = partnerFixture({ name: 'Hebden Bridge Café', type: 'business' });
const library = partnerFixture({ name: 'Halifax Library Friends', type: 'voluntary_community' });
const gone = partnerFixture({ name: 'Old Mill Arts', type: 'social_enterprise' });

const members = [
  membershipFixture(council, { role: 'lead', commitments: ['funding', 'data'], joinedOn: '2026-04-01', version: 3 }),
  membershipFixture(trust, {
    role: 'core',
    commitments: ['offers_space', 'volunteers'],
    commitmentNote: 'Hall free on Tuesday mornings',
  }),
  membershipFixture(mosque, { role: 'core', commitments: ['offers_space'] }),
  membershipFixture(cafe, { role: 'supporting', commitments: ['promotion'] }),
  membershipFixture(library, { role: 'supporting' }),
  membershipFixture(gone, { role: 'core', status: 'left', version: 5 }),
];

function handler(me: Record<string, unknown>) {
  return (request: Request) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/places') return jsonResponse({ items: [placeFixture()] });
    if (url.pathname === '/api/v1/me') return jsonResponse(me);
    if (url.pathname === `/api/v1/places/${CALDERDALE_ID}/partnership`) return jsonResponse(partnershipFixture(members));
    return problemResponse({ status: 404, title: 'Not found' });
  };
}

function renderPartnership(roles: Role[] | null, me: Record<string, unknown> = meFixture({ roles: roles ?? [] })) {
  const mock = mockFetch(handler(me));
  const view = renderWithProviders(<PlaceRoute />, {
    path: '/places/:slug',
    children: placeSections,
    url: '/places/calderdale/partnership',
    auth: fakeAuth(roles),
  });
  return { ...view, ...mock };
}

async function findGroups() {
  await screen.findByRole('heading', { level: 2, name: 'Partnership' });
  const group = (name: RegExp) => screen.getByRole('region', { name });
  return {
    lead: group(/^Lead partners/),
    core: group(/^Core partners/),
    supporting: group(/^Supporting partners/),
    left: group(/^Have left the partnership/),
  };
}

function namesIn(region: HTMLElement): string[] {
  return within(region)
    .getAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent);
}

describe('the partnership page', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  it('groups the members by role, with those who left shown apart', async () => {
    renderPartnership(null);
    const groups = await findGroups();

    expect(within(groups.lead).getByRole('heading', { level: 3 })).toHaveTextContent('Lead partners (1)');
    expect(namesIn(groups.lead)).toEqual(['Calderdale Council']);
    expect(namesIn(groups.core)).toEqual(['Calder Valley Community Trust', 'Jamia Mosque']);
    expect(namesIn(groups.supporting)).toEqual(['Hebden Bridge Café', 'Halifax Library Friends']);
    expect(namesIn(groups.left)).toEqual(['Old Mill Arts']);
    expect(within(groups.left).getAllByRole('listitem')[0]).toHaveClass('member-card--left');

    // Each member: a link to the partner, its type and commitments in words, note and date.
    const trustCard = within(groups.core).getAllByRole('listitem')[0]!;
    expect(within(trustCard).getByRole('link', { name: 'Calder Valley Community Trust' })).toHaveAttribute(
      'href',
      `/partners/${trust.id}`,
    );
    expect(trustCard).toHaveTextContent('Voluntary and community');
    const commitments = within(trustCard).getByRole('list', { name: 'Commitments' });
    expect(within(commitments).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Offers space', 'Volunteers']);
    expect(trustCard).toHaveTextContent('Hall free on Tuesday mornings');
    expect(within(groups.lead).getAllByRole('listitem')[0]).toHaveTextContent('Joined 1 April 2026');

    // Counts by role, from the summary.
    const glance = screen.getByRole('region', { name: 'At a glance' });
    const count = (term: string) => within(glance).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(count('Active partners')).toHaveTextContent('5');
    expect(count('Lead')).toHaveTextContent('1');
    expect(count('Core')).toHaveTextContent('2');
    expect(count('Supporting')).toHaveTextContent('2');
    expect(count('Have left')).toHaveTextContent('1');
  });

  it('shows the type mix as a chart with a text alternative, and as a table on request', async () => {
    const user = userEvent.setup();
    renderPartnership(null);
    await findGroups();

    const chart = screen.getByRole('figure', { name: 'Types of organisation' });
    const image = within(chart).getByRole('img');
    expect(image).toHaveAccessibleName(expect.stringContaining('Voluntary and community: 2') as string);
    expect(image).toHaveAccessibleName(expect.stringContaining('Housing: 0') as string);
    expect(within(chart).queryByRole('table')).not.toBeInTheDocument();

    await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
    const table = within(chart).getByRole('table', { name: 'Types of organisation' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(rows.slice(0, 4)).toEqual([
      ['Voluntary and community', '2'],
      ['Local authority', '1'],
      ['Business', '1'],
      ['Faith', '1'],
    ]);
    // Every type is listed, zeros included, and the total is the number of active partners.
    expect(rows).toContainEqual(['Housing', '0']);
    expect(rows.at(-1)).toEqual(['Total', '5']);
    expect(within(chart).queryByRole('img')).not.toBeInTheDocument();

    await user.click(within(chart).getByRole('button', { name: 'Show as chart' }));
    expect(within(chart).getByRole('img')).toBeInTheDocument();
  });

  it.each<[string, Role[] | null, Record<string, unknown>]>([
    ['someone signed out', null, {}],
    ['an analyst', ['analyst'], meFixture({ roles: ['analyst'], organises: [] })],
    [
      'an organiser of another place',
      ['organiser'],
      meFixture({ organises: [{ id: NEWHAM_ID, slug: 'newham', name: 'Newham' }] }),
    ],
  ])('hides every write action from %s', async (_who, roles, me) => {
    const { fetchMock } = renderPartnership(roles, me);
    await findGroups();
    if (roles) {
      await waitFor(() => {
        expect(fetchMock.mock.calls.some(([input]) => String(input instanceof Request ? input.url : input).endsWith('/me'))).toBe(true);
      });
    }
    // Give the /me answer a chance to arrive before asserting the absence.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('link', { name: 'Add a partner' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /membership$/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Mark / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove / })).not.toBeInTheDocument();
    // Everyone can still read the partnership.
    expect(screen.getByRole('link', { name: 'Calderdale Council' })).toBeInTheDocument();
  });

  it('shows the write actions to an organiser of this place', async () => {
    renderPartnership(['organiser'], meFixture());
    const groups = await findGroups();

    expect(await screen.findByRole('link', { name: 'Add a partner' })).toHaveAttribute(
      'href',
      '/places/calderdale/partnership/add',
    );
    expect(within(groups.lead).getByRole('link', { name: 'Edit Calderdale Council’s membership' })).toHaveAttribute(
      'href',
      `/places/calderdale/partnership/${council.id}`,
    );
    expect(within(groups.lead).getByRole('button', { name: 'Mark Calderdale Council as left' })).toBeInTheDocument();
    expect(within(groups.lead).getByRole('button', { name: 'Remove Calderdale Council from the partnership' })).toBeInTheDocument();
    expect(within(groups.left).getByRole('button', { name: 'Mark Old Mill Arts as active again' })).toBeInTheDocument();
    // The admin-only section is not offered; an organiser of the place sees who else organises it.
    expect(screen.getByRole('navigation', { name: 'Calderdale sections' })).toHaveTextContent('Organisers');
  });

  it('shows them to an admin, who organises nowhere', async () => {
    renderPartnership(['admin'], meFixture({ roles: ['admin'], organises: [] }));
    await findGroups();
    expect(await screen.findByRole('link', { name: 'Add a partner' })).toBeInTheDocument();
  });

  it('marks a member as left with If-Match, keeping the rest of its membership', async () => {
    const user = userEvent.setup();
    const { requests } = mockFetch((request) => {
      if (request.method === 'PUT') return jsonResponse(membershipFixture(council, { role: 'lead', status: 'left', version: 4 }));
      return handler(meFixture())(request);
    });
    renderWithProviders(<PlaceRoute />, {
      path: '/places/:slug',
      children: placeSections,
      url: '/places/calderdale/partnership',
      auth: fakeAuth(['organiser']),
    });

    await user.click(await screen.findByRole('button', { name: 'Mark Calderdale Council as left' }));
    expect(await screen.findByText('Calderdale Council is now shown as having left the partnership.')).toBeInTheDocument();

    const put = requests.find((request) => request.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe(`/api/v1/places/${CALDERDALE_ID}/partnership/${council.id}`);
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({ role: 'lead', commitments: ['funding', 'data'], joinedOn: '2026-04-01', status: 'left' });
  });
});
