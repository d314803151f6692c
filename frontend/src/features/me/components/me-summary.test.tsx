import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { jsonResponse, meFixture, mockFetch, setUpApiClient } from '@/test/api';
import { MeSummary } from './me-summary';

describe('the account summary', () => {
  beforeEach(() => {
    setUpApiClient('token');
  });

  it('lists the places the person organises, as links', async () => {
    mockFetch(() =>
      jsonResponse(
        meFixture({
          organises: [
            { id: 'a', slug: 'calderdale', name: 'Calderdale' },
            { id: 'b', slug: 'newham', name: 'Newham' },
          ],
        }),
      ),
    );
    renderWithProviders(<MeSummary subject="user-1" />, { auth: fakeAuth(['organiser']) });
    const term = await screen.findByText('You organise');
    expect(term.nextElementSibling).toHaveTextContent('CalderdaleNewham');
    expect(screen.getByRole('link', { name: 'Newham' })).toHaveAttribute('href', '/places/newham');
  });

  it('says when an organiser has no places yet, and says nothing of it to others', async () => {
    mockFetch(() => jsonResponse(meFixture({ organises: [] })));
    const { unmount } = renderWithProviders(<MeSummary subject="user-1" />, { auth: fakeAuth(['organiser']) });
    expect(await screen.findByText(/No places yet/)).toBeInTheDocument();
    unmount();

    mockFetch(() => jsonResponse(meFixture({ roles: ['analyst'], organises: [] })));
    renderWithProviders(<MeSummary subject="user-2" />, { auth: fakeAuth(['analyst']) });
    expect(await screen.findByText('Analyst')).toBeInTheDocument();
    expect(screen.queryByText('You organise')).not.toBeInTheDocument();
  });
});
