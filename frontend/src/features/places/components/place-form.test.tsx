import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { jsonResponse, mockFetch, placeFixture, problemResponse, setUpApiClient } from '@/test/api';
import { CreatePlaceForm } from './create-place-form';
import { EditPlaceForm } from './edit-place-form';

const admin = fakeAuth(['admin']);

/** The field's error message, found through the input's aria-describedby like a screen reader. */
function errorFor(input: HTMLElement): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const messages = ids
    .map((id) => document.getElementById(id))
    .filter((element): element is HTMLElement => element?.classList.contains('field__error') ?? false)
    .map((element) => element.textContent);
  return messages.length > 0 ? messages.join(' ') : null;
}

async function fillValidPlace(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Name'), 'Waltham Forest');
  await user.type(screen.getByLabelText('GSS code'), 'E09000031');
  await user.type(screen.getByLabelText('Region'), 'London');
  await user.type(screen.getByLabelText(/Population/), '278,400');
}

describe('CreatePlaceForm', () => {
  beforeEach(() => {
    setUpApiClient('admin-token');
  });

  it('shows each server field error next to the field it belongs to', async () => {
    const { requests } = mockFetch(() =>
      problemResponse({
        type: 'https://kickstart.example/problems/validation',
        title: 'The request is not valid',
        status: 400,
        detail: '2 fields need attention.',
        errors: [
          { field: 'gssCode', message: 'is already used by Waltham Forest' },
          { field: 'region', message: 'is not a region of England' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<CreatePlaceForm onCreated={() => undefined} />, { auth: admin });

    await fillValidPlace(user);
    await user.click(screen.getByRole('button', { name: 'Add place' }));

    const gss = screen.getByLabelText('GSS code');
    await waitFor(() => {
      expect(gss).toHaveAttribute('aria-invalid', 'true');
    });
    expect(errorFor(gss)).toBe('Error: is already used by Waltham Forest');
    expect(errorFor(screen.getByLabelText('Region'))).toBe('Error: is not a region of England');
    // …and not next to the fields that were fine.
    expect(errorFor(screen.getByLabelText('Name'))).toBeNull();
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
    expect(errorFor(screen.getByLabelText(/Web name/))).toBeNull();

    // The summary at the top links to the fields.
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'GSS code: is already used by Waltham Forest' })).toHaveAttribute(
      'href',
      '#place-gssCode',
    );

    // What was sent: the contract's PlaceInput, slug made from the name, population parsed.
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.headers.get('Authorization')).toBe('Bearer admin-token');
    expect(await requests[0]?.json()).toEqual({
      slug: 'waltham-forest',
      name: 'Waltham Forest',
      gssCode: 'E09000031',
      region: 'London',
      population: 278400,
    });
  });

  it('checks the contract’s patterns before sending anything', async () => {
    const { fetchMock } = mockFetch(() => jsonResponse(placeFixture(), { status: 201 }));
    const user = userEvent.setup();
    renderWithProviders(<CreatePlaceForm onCreated={() => undefined} />, { auth: admin });

    await user.type(screen.getByLabelText('Name'), 'Somerset');
    await user.type(screen.getByLabelText('GSS code'), 'X123');
    await user.type(screen.getByLabelText(/Population/), '-5');
    await user.click(screen.getByRole('button', { name: 'Add place' }));

    expect(errorFor(screen.getByLabelText('GSS code'))).toMatch(/letter E, W, S or N followed by eight digits/);
    expect(errorFor(screen.getByLabelText(/Population/))).toMatch(/whole number, 0 or more/);
    expect(errorFor(screen.getByLabelText('Region'))).toMatch(/Enter the region/);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('explains a conflict that belongs to no single field', async () => {
    mockFetch(() =>
      problemResponse({
        type: 'https://kickstart.example/problems/conflict',
        title: 'Conflict',
        status: 409,
        detail: "A place with slug 'waltham-forest' already exists.",
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<CreatePlaceForm onCreated={() => undefined} />, { auth: admin });
    await fillValidPlace(user);
    await user.click(screen.getByRole('button', { name: 'Add place' }));

    const summary = await screen.findByRole('alert', { name: 'Conflict' });
    expect(summary).toHaveTextContent("A place with slug 'waltham-forest' already exists.");
  });
});

describe('EditPlaceForm', () => {
  beforeEach(() => {
    setUpApiClient('admin-token');
  });

  it('sends If-Match with the version it read, and explains a 412', async () => {
    const { requests } = mockFetch((request) => {
      if (request.method === 'GET') return jsonResponse({ items: [placeFixture({ version: 3 })] });
      return problemResponse({
        type: 'https://kickstart.example/problems/precondition-failed',
        title: 'The resource has changed',
        status: 412,
        detail: 'The resource is at version 4, not 3. Reload it and try again.',
      });
    });
    const user = userEvent.setup();
    renderWithProviders(<EditPlaceForm slug="calderdale" onSaved={() => undefined} />, { auth: admin });

    const name = await screen.findByLabelText('Name');
    expect(name).toHaveValue('Calderdale');
    await user.clear(name);
    await user.type(name, 'Calderdale Council area');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert', { name: 'Someone else changed this place' })).toHaveTextContent(
      /your changes have not been saved/i,
    );
    expect(screen.getByRole('button', { name: 'Reload this place' })).toBeInTheDocument();

    const put = requests.find((request) => request.method === 'PUT');
    expect(put?.url).toBe('http://api.test/api/v1/places/0b6f7a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(await put?.json()).toMatchObject({ name: 'Calderdale Council area', slug: 'calderdale' });
  });
});
