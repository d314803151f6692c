import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { spaceFixture } from '@/test/spaces';
import type { Space } from '../types';
import { ChangeStatus } from './change-status';

const organiser = fakeAuth(['organiser']);

function optionsFor(status: string): string[] {
  renderWithProviders(<ChangeStatus space={spaceFixture({ status }) as Space} onReload={() => undefined} />, { auth: organiser });
  const group = screen.getByRole('group', { name: /Move it from/ });
  // The accessible names, as a screen reader announces them (the stage symbols are hidden).
  return within(group)
    .getAllByRole<HTMLInputElement>('radio')
    .map((radio) => {
      const label = radio.labels?.[0]?.cloneNode(true) as HTMLElement | undefined;
      label?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => {
        hidden.remove();
      });
      return (label?.textContent ?? '').trim();
    });
}

describe('ChangeStatus', () => {
  beforeEach(() => {
    setUpApiClient('organiser-token');
  });

  it.each([
    ['idea', ['Planned', 'Closed']],
    ['planned', ['In development', 'Closed']],
    ['in_development', ['Open', 'Closed']],
    ['open', ['Closed']],
    ['closed', ['Open']],
  ])('from %s offers only the moves the lifecycle allows', (status, expected) => {
    expect(optionsFor(status)).toEqual(expected);
  });

  it('sends the move with its note and If-Match, and confirms it', async () => {
    const space = spaceFixture({ status: 'planned', version: 4 }) as Space;
    const { requests } = mockFetch(() => jsonResponse({ ...space, status: 'in_development', version: 5 }));
    const user = userEvent.setup();
    renderWithProviders(<ChangeStatus space={space} onReload={() => undefined} />, { auth: organiser });

    await user.click(screen.getByRole('radio', { name: 'In development' }));
    await user.type(screen.getByLabelText(/Note/), 'Builders start on Monday.');
    await user.click(screen.getByRole('button', { name: 'Change status' }));

    expect(await screen.findByText('The space is now at the “In development” stage.')).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url).toBe(`http://api.test/api/v1/spaces/${space.id}/status`);
    expect(requests[0]?.headers.get('If-Match')).toBe('"4"');
    expect(await requests[0]?.json()).toEqual({ status: 'in_development', note: 'Builders start on Monday.' });
  });

  it('asks for a stage before sending anything', async () => {
    const { fetchMock } = mockFetch(() => jsonResponse({}));
    const user = userEvent.setup();
    renderWithProviders(<ChangeStatus space={spaceFixture({ status: 'idea' }) as Space} onReload={() => undefined} />, { auth: organiser });
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveTextContent('Choose the stage to move it to');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the API’s plain-English reason when a move is refused (409)', async () => {
    mockFetch(() =>
      problemResponse({
        type: 'https://kickstart.example/problems/conflict',
        title: 'Conflict',
        status: 409,
        detail: 'A space cannot go from open to planned. From open it can go to: closed.',
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<ChangeStatus space={spaceFixture({ status: 'open' }) as Space} onReload={() => undefined} />, { auth: organiser });
    await user.click(screen.getByRole('radio', { name: 'Closed' }));
    await user.click(screen.getByRole('button', { name: 'Change status' }));

    const summary = await screen.findByRole('alert', { name: 'This change isn’t allowed' });
    expect(summary).toHaveTextContent('A space cannot go from open to planned. From open it can go to: closed.');
  });

  it('offers a reload when someone else changed the space first (412)', async () => {
    mockFetch(() => problemResponse({ status: 412, title: 'The resource has changed' }));
    const user = userEvent.setup();
    let reloaded = false;
    renderWithProviders(
      <ChangeStatus
        space={spaceFixture({ status: 'closed' }) as Space}
        onReload={() => {
          reloaded = true;
        }}
      />,
      { auth: organiser },
    );
    await user.click(screen.getByRole('radio', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    expect(await screen.findByRole('alert', { name: 'Someone else changed this space' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload this space' }));
    expect(reloaded).toBe(true);
  });
});
