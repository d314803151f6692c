import { expect, test, users } from '../support/fixtures';

// Journey 3: an organiser adds a space by clicking on the map, then moves it from planned to open.

test('an organiser adds a space by clicking on the map and moves it from planned to open', async ({ page, journey, seed, tag }) => {
  const place = await seed.place({ name: `Carpenters ${tag}`, description: 'An estate by the river with a long history of mutual aid.' });
  await seed.organiser(place.id, users.newham);
  const trust = await seed.partner({ name: `Carpenters Tenants’ Trust ${tag}`, type: 'housing', postcode: 'E15 2JL' });
  await seed.member(place.id, trust.id, { role: 'lead' });
  // A space the partnership already has: the map for a new one starts around the place's spaces.
  const library = { lat: 51.5413, lon: -0.0036 };
  await seed.space({ placeId: place.id, name: `Carpenters Library ${tag}`, kind: 'library', mode: 'physical', location: library, status: 'open' });
  const name = `Riverside Hall ${tag}`;

  await page.goto(`/places/${place.slug}/spaces`);
  await journey.signIn(users.newham);
  await expect(page.getByRole('heading', { level: 2, name: `Spaces in ${place.name}` })).toBeVisible();
  await journey.checkPage('spaces-before');

  await page.getByRole('link', { name: 'Add a space' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Add a space in ${place.name}` })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Kind of space').selectOption({ label: 'Community centre' });
  await page.getByRole('group', { name: 'In person or online' }).getByLabel('In person', { exact: true }).check();
  await page.getByLabel('Stage').selectOption({ label: 'Planned' });

  // The location, by clicking the map a little north-east of the library.
  const latitude = page.getByLabel('Latitude');
  const longitude = page.getByLabel('Longitude');
  await expect(latitude).toHaveValue('');
  const map = page.getByRole('region', { name: 'Map for choosing the location: click to put the pin there' });
  await journey.settled();
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no size');
  await map.click({ position: { x: box.width / 2 + 80, y: box.height / 2 - 50 } });
  await expect(page.getByTitle('The space’s location')).toBeVisible();
  await expect(latitude).not.toHaveValue('');
  const picked = { lat: Number(await latitude.inputValue()), lon: Number(await longitude.inputValue()) };
  // North-east of the library, within a couple of kilometres (the map opens at street level around it).
  expect(picked.lat).toBeGreaterThan(library.lat);
  expect(picked.lon).toBeGreaterThan(library.lon);
  expect(picked.lat - library.lat).toBeLessThan(0.02);
  expect(picked.lon - library.lon).toBeLessThan(0.03);

  await page.getByLabel('Address').fill('2 Riverside Walk, Stratford, London');
  await page.getByLabel('Postcode').fill('E15 2RH');
  await page.getByLabel('Managing partner').selectOption({ label: trust.name });
  await page.getByLabel('Capacity').fill('80');
  await page.getByLabel('Cost to use it').selectOption({ label: 'Free' });
  await page.getByRole('group', { name: 'Accessibility' }).getByLabel('Step-free access').check();
  await page.getByRole('group', { name: 'Welcome' }).getByLabel('Warm space').check();
  await page.getByLabel(/^Description/).fill('The old boathouse, to be opened as a hall for the whole estate.');
  await journey.checkPage('add-space-filled');
  await page.getByRole('button', { name: 'Add space' }).click();

  // The new space's page: planned, where it was put on the map.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page).toHaveURL(/\/spaces\/[0-9a-f-]{36}$/);
  const spaceId = new URL(page.url()).pathname.split('/').pop() ?? '';
  const badge = page.locator('.space__badges');
  await expect(badge).toContainText('Status: Planned');
  await expect(page.getByText(`Latitude ${String(picked.lat)}, longitude ${String(picked.lon)}.`)).toBeVisible();
  await expect(page.getByRole('link', { name: trust.name })).toBeVisible();
  await journey.checkPage('space-planned');

  // planned → in development → open, each a recorded change.
  const changeStatus = page.getByRole('region', { name: 'Change status' });
  await changeStatus.getByRole('group', { name: 'Move it from “Planned” to' }).getByLabel('In development').check();
  await changeStatus.getByLabel('Note').fill('Lease signed with the council; volunteers start on the refit.');
  await changeStatus.getByRole('button', { name: 'Change status' }).click();
  await expect(changeStatus.getByText('The space is now at the “In development” stage.')).toBeVisible();
  await expect(badge).toContainText('Status: In development');

  await changeStatus.getByRole('group', { name: 'Move it from “In development” to' }).getByLabel('Open').check();
  await changeStatus.getByLabel('Note').fill('Opening day with the tenants’ trust.');
  await changeStatus.getByRole('button', { name: 'Change status' }).click();
  await expect(changeStatus.getByText('The space is now at the “Open” stage.')).toBeVisible();
  await expect(badge).toContainText('Status: Open');
  const history = page.getByRole('region', { name: 'Status history' });
  await expect(history).toContainText('Lease signed with the council');
  await expect(history).toContainText('Opening day with the tenants’ trust.');
  await journey.checkPage('space-open');

  // Back on the place's spaces: it is listed as open, and the map shows both spaces.
  await page.getByRole('navigation', { name: /breadcrumb/i }).getByRole('link', { name: 'Spaces' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Spaces in ${place.name}` })).toBeVisible();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expect(page.getByText('2 spaces.')).toBeVisible();
  await journey.settled();
  const spacesMap = page.getByRole('region', { name: `Map of spaces in ${place.name}` });
  const mapBox = await spacesMap.boundingBox();
  for (const marker of [`${name} (Open): show in the list`, `Carpenters Library ${tag} (Open): show in the list`]) {
    const markerBox = await page.getByRole('button', { name: marker }).boundingBox();
    expect(mapBox && markerBox, `${marker} is drawn`).toBeTruthy();
    if (!mapBox || !markerBox) continue;
    expect(markerBox.x >= mapBox.x && markerBox.x + markerBox.width <= mapBox.x + mapBox.width, `${marker} is inside the map`).toBe(true);
    expect(markerBox.y >= mapBox.y && markerBox.y + markerBox.height <= mapBox.y + mapBox.height, `${marker} is inside the map`).toBe(true);
  }
  await journey.checkPage('spaces-after');

  // The API agrees: open, with its history, where the pin was dropped.
  const space = await seed.admin.GET('/api/v1/spaces/{spaceId}', { params: { path: { spaceId } } });
  expect(space.data).toMatchObject({ name, status: 'open', mode: 'physical', kind: 'community_centre', location: picked, managingPartnerId: trust.id });
  expect(space.data?.history?.map((entry) => entry.to)).toEqual(['planned', 'in_development', 'open']);
});
