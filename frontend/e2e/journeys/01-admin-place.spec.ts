import { expect, test, users } from '../support/fixtures';

// Journey 1: an admin signs in, creates a place, makes organiser.newham its organiser, signs out.

test('an admin creates a place and makes organiser.newham its organiser', async ({ page, journey, seed, tag }) => {
  const name = `Leaside ${tag}`;
  const slug = `leaside-${tag.toLowerCase()}`;
  // organiser.newham has signed in to Kickstart before, so admins can find them.
  await seed.signedInOnce(users.newham);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /Welcoming spaces/ })).toBeVisible();
  await journey.checkPage('home-signed-out');

  await journey.signIn(users.admin, { screenshot: true });
  await expect(journey.header.getByText('Admin', { exact: true })).toBeVisible();
  await journey.checkPage('home-admin');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Places' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Places' })).toBeVisible();
  await journey.checkPage('places');

  await page.getByRole('link', { name: 'Add a place' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a place' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(name);
  // The web name follows the name until it is edited.
  await expect(page.getByLabel('Web name (slug)')).toHaveValue(slug);
  await page.getByLabel('GSS code').fill(`E0${String(Date.now()).slice(-7)}`);
  await page.getByLabel('Region').fill('London');
  await page.getByLabel('Population').fill('98,400');
  await page.getByLabel('Description').fill('Riverside neighbourhoods along the Lea, with a new partnership forming around the old wharves.');
  await journey.checkPage('add-place-filled');
  await page.getByRole('button', { name: 'Add place' }).click();

  await expect(page).toHaveURL(`/places/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await journey.checkPage('place-created');

  const sections = page.getByRole('navigation', { name: `${name} sections` });
  await sections.getByRole('link', { name: 'Organisers' }).click();
  await expect(page).toHaveURL(`/places/${slug}/organisers`);
  await expect(page.getByText(`Nobody organises ${name} yet.`)).toBeVisible();
  await journey.checkPage('organisers-none');

  await page.getByRole('searchbox', { name: 'Find a person' }).fill('newham');
  const people = page.getByRole('list', { name: 'People who have signed in' });
  await expect(people.getByRole('listitem')).toHaveCount(1);
  await people.getByRole('button', { name: `Make organiser.newham an organiser of ${name}` }).click();

  await expect(page.getByText(`organiser.newham now organises ${name}.`)).toBeVisible();
  const organisers = page.getByRole('table', { name: `People who organise ${name}` });
  const row = organisers.getByRole('row', { name: /organiser\.newham/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('admin');
  await journey.checkPage('organisers-granted');

  // The API agrees: the place exists and organiser.newham organises it.
  const places = await seed.admin.GET('/api/v1/places', { params: { query: { limit: 200 } } });
  const place = places.data?.items.find((item) => item.slug === slug);
  expect(place?.name).toBe(name);
  const granted = await seed.admin.GET('/api/v1/places/{placeId}/organisers', { params: { path: { placeId: place?.id ?? '' } } });
  expect(granted.data?.items.map((item) => item.subject)).toEqual([users.newham.subject]);

  await journey.signOut();
  await expect(journey.header.getByRole('link', { name: users.admin.name })).toHaveCount(0);
  await journey.checkPage('signed-out');
});
