import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { jsonResponse, mockFetch, partnerFixture, problemResponse, setUpApiClient } from '@/test/api';
import { PartnerDetails } from './partner-details';

const publicPartner = partnerFixture({
  name: 'Calder Valley Community Trust',
  type: 'voluntary_community',
  description: 'Runs the community hub in Hebden Bridge.',
  website: 'https://cvct.example.org/',
  registeredNumber: '1123456',
  address: 'Town Hall Street',
  postcode: 'HX7 8AD',
  places: [{ id: '0b6f7a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b', slug: 'calderdale', name: 'Calderdale' }],
  version: 4,
});
const withContact = { ...publicPartner, contactName: 'Sam Patel', email: 'sam@example.org', phone: '01422 288001' };

describe('the partner page', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  it('shows public details and partnerships to everyone, and no contact details when signed out', async () => {
    mockFetch(() => jsonResponse(publicPartner));
    renderWithProviders(<PartnerDetails id={publicPartner.id} canEdit={() => false} onDeleted={() => undefined} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Calder Valley Community Trust' })).toBeInTheDocument();
    expect(screen.getByText('Voluntary and community')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /cvct\.example\.org/ })).toHaveAttribute('href', 'https://cvct.example.org/');
    expect(screen.getByRole('link', { name: 'Calderdale partnership' })).toHaveAttribute('href', '/places/calderdale/partnership');
    expect(screen.getByText('Contact details are only shown to people who are signed in.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete partner' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit partner' })).not.toBeInTheDocument();
  });

  it('shows contact details when the API sends them', async () => {
    mockFetch(() => jsonResponse(withContact));
    renderWithProviders(<PartnerDetails id={withContact.id} canEdit={() => false} onDeleted={() => undefined} />, {
      auth: fakeAuth(['analyst']),
    });
    const contact = await screen.findByRole('region', { name: 'Contact' });
    expect(within(contact).getByText('Sam Patel')).toBeInTheDocument();
    expect(within(contact).getByRole('link', { name: 'sam@example.org' })).toHaveAttribute('href', 'mailto:sam@example.org');
    expect(within(contact).getByRole('link', { name: '01422 288001' })).toHaveAttribute('href', 'tel:01422288001');
  });

  it('explains in plain words why a partner in a partnership can’t be deleted (409)', async () => {
    const { requests } = mockFetch((request) =>
      request.method === 'GET'
        ? jsonResponse(withContact)
        : problemResponse({
            type: 'urn:kickstart:problem:conflict',
            title: 'Conflict',
            status: 409,
            detail: 'Calder Valley Community Trust is still in the partnership of Calderdale.',
          }),
    );
    const user = userEvent.setup();
    renderWithProviders(<PartnerDetails id={withContact.id} canEdit={() => true} onDeleted={() => undefined} />, {
      auth: fakeAuth(['admin']),
    });

    await user.click(await screen.findByRole('button', { name: 'Delete partner' }));
    const question = screen.getByRole('group', { name: 'Delete Calder Valley Community Trust?' });
    expect(question).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Yes, delete it' }));

    const alert = await within(question).findByRole('alert');
    expect(alert).toHaveTextContent('Calder Valley Community Trust can’t be deleted yet');
    expect(alert).toHaveTextContent('Calder Valley Community Trust is still in the partnership of Calderdale.');
    expect(alert).not.toHaveTextContent('409');
    expect(requests.find((request) => request.method === 'DELETE')?.headers.get('If-Match')).toBe('"4"');
  });

  it('says when the partner does not exist', async () => {
    mockFetch(() => problemResponse({ status: 404, title: 'Not found', detail: 'There is no partner with that id.' }));
    renderWithProviders(<PartnerDetails id="nope" canEdit={() => true} onDeleted={() => undefined} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Partner not found' })).toBeInTheDocument();
  });
});
