import { expect, test, users } from '../support/fixtures';

// Journey 2: an organiser signs in, adds a partner to the directory and then to their place's partnership.

test('an organiser adds a partner and brings it into the partnership', async ({ page, journey, seed, tag }) => {
  const place = await seed.place({ name: `Marshgate ${tag}`, description: 'Homes and workshops between the canal and the marshes.' });
  await seed.organiser(place.id, users.newham);
  const partnerName = `Marshgate Community Kitchen ${tag}`;

  await page.goto(`/places/${place.slug}/partnership`);
  await expect(page.getByRole('heading', { level: 2, name: 'Partnership' })).toBeVisible();
  await journey.signIn(users.newham);
  await expect(page.getByText('There are no partners in this partnership yet.')).toBeVisible();
  await journey.checkPage('partnership-empty');

  // 1. The partner, in the directory.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await journey.checkPage('partners');
  await page.getByRole('link', { name: 'Add a partner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a partner' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(partnerName);
  await page.getByLabel('Type of organisation').selectOption({ label: 'Voluntary and community' });
  await page.getByLabel('What it does').fill('A pay-as-you-feel café and cookery classes, run by volunteers from the estate.');
  await page.getByLabel('Website').fill('https://kitchen.example.org');
  await page.getByLabel('Charity or company number').fill('1180123');
  await page.getByLabel('Address').fill('Unit 4, Marshgate Lane\nLondon');
  await page.getByLabel('Postcode').fill('e15 2nq');
  await page.getByLabel('Contact name').fill('Samira Okafor');
  await page.getByLabel('Email').fill('hello@kitchen.example.org');
  await page.getByLabel('Phone').fill('020 7946 0321');
  await journey.checkPage('add-partner-filled');
  await page.getByRole('button', { name: 'Add partner' }).click();

  await expect(page.getByRole('heading', { level: 1, name: partnerName })).toBeVisible();
  await expect(page).toHaveURL(/\/partners\/[0-9a-f-]{36}$/);
  const partnerId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await expect(page.getByText('E15 2NQ')).toBeVisible();
  await journey.checkPage('partner-created');

  // 2. Into the partnership, from the place's Partnership page.
  await page.goto(`/places/${place.slug}/partnership`);
  await page.getByRole('link', { name: 'Add a partner' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Add a partner to the ${place.name} partnership` })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find the partner' }).fill(`Community Kitchen ${tag}`);
  await expect(page.getByRole('status').filter({ hasText: `1 partner matching “Community Kitchen ${tag}”.` })).toBeVisible();
  await journey.checkPage('add-member-find');
  await page.getByRole('list', { name: 'Matching partners' }).getByRole('button', { name: `Choose ${partnerName}` }).click();

  await expect(page.getByRole('heading', { level: 2, name: `Add ${partnerName} to the partnership` })).toBeVisible();
  await page.getByRole('group', { name: `Role of ${partnerName}` }).getByLabel('Lead').check();
  const commitments = page.getByRole('group', { name: /What they commit/ });
  await commitments.getByLabel('Offers space').check();
  await commitments.getByLabel('Volunteers').check();
  await page.getByLabel('Note').fill('Hall free on Tuesday and Thursday mornings.');
  await page.getByLabel('Joined on').fill('2026-09-01');
  await journey.checkPage('add-member-role');
  await page.getByRole('button', { name: 'Add to the partnership' }).click();

  await expect(page).toHaveURL(`/places/${place.slug}/partnership`);
  await expect(page.getByText(`${partnerName} has joined the ${place.name} partnership.`)).toBeVisible();
  const leads = page.getByRole('list', { name: /^Lead partners/ });
  const card = leads.getByRole('listitem').filter({ has: page.getByRole('link', { name: partnerName }) });
  await expect(card).toBeVisible();
  await expect(card.getByRole('list', { name: 'Commitments' })).toContainText('Offers space');
  await expect(card).toContainText('Joined 1 September 2026');
  await journey.checkPage('partnership-with-member');

  // The API agrees.
  const partnership = await seed.admin.GET('/api/v1/places/{placeId}/partnership', { params: { path: { placeId: place.id } } });
  const member = partnership.data?.members.find((item) => item.partner.id === partnerId);
  expect(member).toMatchObject({ role: 'lead', status: 'active', joinedOn: '2026-09-01' });
  expect([...(member?.commitments ?? [])].sort()).toEqual(['offers_space', 'volunteers']);
  const partner = await seed.admin.GET('/api/v1/partners/{partnerId}', { params: { path: { partnerId } } });
  expect(partner.data).toMatchObject({ name: partnerName, type: 'voluntary_community', postcode: 'E15 2NQ' });
  expect(partner.data?.places?.map((ref) => ref.id)).toEqual([place.id]);
});
