import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeAuth, renderWithProviders } from '@/test/render';
import {
  CALDERDALE_ID,
  jsonResponse,
  membershipFixture,
  mockFetch,
  partnerFixture,
  partnershipFixture,
  problemResponse,
  setUpApiClient,
} from '@/test/api';
import { AddMember } from './add-member';
import { EditMembership } from './edit-membership';

const organiser = fakeAuth(['organiser']);
const trust = partnerFixture({ name: 'Calder Valley Community Trust', type: 'voluntary_community' });

/** The field's error message, found through the control's (or its group's) aria-describedby. */
function errorFor(control: HTMLElement): string | null {
  const owner = control.closest('fieldset') ?? control;
  const ids = [control, owner].flatMap((element) => (element.getAttribute('aria-describedby') ?? '').split(' ')).filter(Boolean);
  const messages = [...new Set(ids)]
    .map((id) => document.getElementById(id))
    .filter((element): element is HTMLElement => element?.classList.contains('field__error') ?? false)
    .map((element) => element.textContent);
  return messages.length > 0 ? messages.join(' ') : null;
}

function renderEdit(onSaved = () => undefined) {
  return renderWithProviders(
    <EditMembership placeId={CALDERDALE_ID} placeSlug="calderdale" partnerId={trust.id} onSaved={onSaved} />,
    { auth: organiser },
  );
}

describe('the membership form', () => {
  beforeEach(() => {
    setUpApiClient('organiser-token');
  });

  it('shows each server field error next to its field, and lists them at the top', async () => {
    const { requests } = mockFetch((request) => {
      if (request.method === 'GET')
        return jsonResponse(
          membershipFixture(trust, { role: 'core', commitments: ['offers_space'], commitmentNote: 'Hall on Tuesdays', version: 2 }),
        );
      return problemResponse({
        type: 'urn:kickstart:problem:validation',
        title: 'The request is not valid',
        status: 400,
        detail: '3 fields need attention.',
        errors: [
          { field: 'joinedOn', message: 'must not be in the future' },
          { field: 'commitments[1]', message: 'is not a commitment we know' },
          { field: 'commitmentNote', message: 'must be 1000 characters or fewer' },
        ],
      });
    });
    const user = userEvent.setup();
    renderEdit();

    // The form starts from the membership as read.
    expect(await screen.findByRole('radio', { name: 'Core' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Offers space' })).toBeChecked();
    expect(screen.getByLabelText(/Note/)).toHaveValue('Hall on Tuesdays');

    await user.click(screen.getByRole('radio', { name: 'Lead' }));
    await user.click(screen.getByRole('checkbox', { name: 'Volunteers' }));
    await user.type(screen.getByLabelText(/Joined on/), '2030-01-01');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const joined = screen.getByLabelText(/Joined on/);
    await waitFor(() => {
      expect(joined).toHaveAttribute('aria-invalid', 'true');
    });
    expect(errorFor(joined)).toBe('Error: must not be in the future');
    expect(errorFor(screen.getByLabelText(/Note/))).toBe('Error: must be 1000 characters or fewer');
    // `commitments[1]` belongs to the commitments group as a whole.
    expect(errorFor(screen.getByRole('checkbox', { name: 'Volunteers' }))).toBe('Error: is not a commitment we know');
    expect(errorFor(screen.getByRole('radio', { name: 'Lead' }))).toBeNull();

    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'Joined on: must not be in the future' })).toHaveAttribute(
      'href',
      '#membership-joinedOn',
    );
    expect(within(summary).getByRole('link', { name: 'What they commit: is not a commitment we know' })).toHaveAttribute(
      'href',
      '#membership-commitments',
    );

    // What was sent: the contract's MembershipInput, with the version read as If-Match.
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(put.headers.get('Authorization')).toBe('Bearer organiser-token');
    expect(await put.json()).toEqual({
      role: 'lead',
      commitments: ['offers_space', 'volunteers'],
      commitmentNote: 'Hall on Tuesdays',
      joinedOn: '2030-01-01',
      status: 'active',
    });
  });

  it('keeps focus in the field being corrected after the summary appears', async () => {
    mockFetch((request) =>
      request.method === 'GET'
        ? jsonResponse(membershipFixture(trust))
        : problemResponse({ status: 400, title: 'The request is not valid', errors: [{ field: 'commitmentNote', message: 'is too long' }] }),
    );
    const user = userEvent.setup();
    renderEdit();
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    await screen.findByRole('alert', { name: 'There is a problem' });

    const note = screen.getByLabelText(/Note/);
    await user.click(note);
    await user.type(note, 'Shorter');
    expect(note).toHaveFocus();
    expect(note).toHaveValue('Shorter');
  });

  it('says when someone else changed the membership (412) and reloads it', async () => {
    let version = 2;
    mockFetch((request) => {
      if (request.method === 'GET') return jsonResponse(membershipFixture(trust, { version, commitmentNote: `v${String(version)}` }));
      version = 3;
      return problemResponse({ status: 412, title: 'The resource has changed', detail: 'The resource is at version 3, not 2.' });
    });
    const user = userEvent.setup();
    renderEdit();

    await user.click(await screen.findByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert', { name: 'Someone else changed this membership' });
    expect(alert).toHaveTextContent(/your changes have not been saved/i);

    await user.click(within(alert).getByRole('button', { name: 'Reload this membership' }));
    await waitFor(() => {
      expect(screen.getByLabelText(/Note/)).toHaveValue('v3');
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks for a role before sending anything', async () => {
    const { requests } = mockFetch((request) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/partnership')) return jsonResponse(partnershipFixture([]));
      if (url.pathname === '/api/v1/partners') return jsonResponse({ items: [trust] });
      return problemResponse({ status: 500, title: 'Unexpected' });
    });
    const user = userEvent.setup();
    renderWithProviders(
      <AddMember placeId={CALDERDALE_ID} placeSlug="calderdale" placeName="Calderdale" onAdded={() => undefined} />,
      { auth: organiser },
    );

    await user.click(await screen.findByRole('button', { name: 'Choose Calder Valley Community Trust' }));
    expect(await screen.findByRole('heading', { name: 'Add Calder Valley Community Trust to the partnership' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Add to the partnership' }));

    expect(errorFor(screen.getByRole('radio', { name: 'Lead' }))).toBe('Error: Choose the partner’s role');
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(0);
  });

  it('adds a partner without If-Match and says so', async () => {
    let added: string | undefined;
    const { requests } = mockFetch((request) => {
      const url = new URL(request.url);
      if (request.method === 'PUT') return jsonResponse(membershipFixture(trust, { role: 'supporting', version: 0 }), { status: 201 });
      if (url.pathname.endsWith('/partnership')) return jsonResponse(partnershipFixture([]));
      if (url.pathname === '/api/v1/partners') return jsonResponse({ items: [trust] });
      return problemResponse({ status: 500, title: 'Unexpected' });
    });
    const user = userEvent.setup();
    renderWithProviders(
      <AddMember
        placeId={CALDERDALE_ID}
        placeSlug="calderdale"
        placeName="Calderdale"
        onAdded={(membership) => {
          added = membership.partner.name;
        }}
      />,
      { auth: organiser },
    );

    await user.type(await screen.findByLabelText('Find the partner'), 'calder');
    await waitFor(() => {
      expect(requests.some((request) => new URL(request.url).searchParams.get('q') === 'calder')).toBe(true);
    });
    await user.click(await screen.findByRole('button', { name: 'Choose Calder Valley Community Trust' }));
    await user.click(await screen.findByRole('radio', { name: 'Supporting' }));
    await user.click(screen.getByRole('checkbox', { name: 'Promotion' }));
    await user.click(screen.getByRole('button', { name: 'Add to the partnership' }));

    await waitFor(() => {
      expect(added).toBe('Calder Valley Community Trust');
    });
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(new URL(put.url).pathname).toBe(`/api/v1/places/${CALDERDALE_ID}/partnership/${trust.id}`);
    expect(put.headers.has('If-Match')).toBe(false);
    expect(await put.json()).toEqual({ role: 'supporting', commitments: ['promotion'], status: 'active' });
  });

  it('does not offer a partner that is already a member', async () => {
    mockFetch((request) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/partnership')) return jsonResponse(partnershipFixture([membershipFixture(trust)]));
      return jsonResponse({ items: [trust] });
    });
    renderWithProviders(
      <AddMember placeId={CALDERDALE_ID} placeSlug="calderdale" placeName="Calderdale" onAdded={() => undefined} />,
      { auth: organiser },
    );
    const item = (await screen.findByText('Calder Valley Community Trust')).closest('li')!;
    expect(item).toHaveTextContent('Already in the partnership');
    expect(within(item).queryByRole('button')).not.toBeInTheDocument();
    expect(within(item).getByRole('link', { name: /edit its membership/ })).toHaveAttribute(
      'href',
      `/places/calderdale/partnership/${trust.id}`,
    );
  });
});
