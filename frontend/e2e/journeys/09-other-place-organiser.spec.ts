import { expect, test, users } from '../support/fixtures';

// Journey 9: an organiser of another place sees no edit actions for this place, and a request
// crafted from their own session is refused with 403 problem+json — and changes nothing.

test('an organiser of another place cannot change this place, in the app or by a crafted request', async ({ page, journey, seed, tag }) => {
  // This place, organised by organiser.newham, with a partner and a planned space.
  const here = await seed.place({ name: `Abbey Mills ${tag}` });
  await seed.organiser(here.id, users.newham);
  const partner = await seed.partner({ name: `Abbey Mills Mosque Trust ${tag}`, type: 'faith', postcode: 'E15 3AA' });
  await seed.member(here.id, partner.id, { role: 'core', commitments: ['offers_space'] });
  const space = await seed.space({
    placeId: here.id,
    name: `Channelsea Pavilion ${tag}`,
    kind: 'sports_leisure',
    mode: 'physical',
    location: { lat: 51.5312, lon: 0.0012 },
    status: 'planned',
  });
  // Another place, organised by organiser.calderdale — the person in this journey.
  const elsewhere = await seed.place({ name: `Beckton ${tag}` });
  await seed.organiser(elsewhere.id, users.calderdale);
  const outsider = await seed.partner({ name: `Beckton Boxing Club ${tag}`, type: 'voluntary_community' });

  await page.goto(`/places/${here.slug}`);
  await journey.signIn(users.calderdale);
  await expect(page.getByRole('heading', { level: 1, name: here.name })).toBeVisible();
  const sections = page.getByRole('navigation', { name: `${here.name} sections` });
  await expect(sections.getByRole('link', { name: 'Spaces' })).toBeVisible();
  await expect(sections.getByRole('link', { name: 'Organisers' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit place' })).toHaveCount(0);
  await journey.checkPage('other-place-overview');

  // Partnership: the members, but no way to add, edit or remove them.
  await sections.getByRole('link', { name: 'Partnership' }).click();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: partner.name }) });
  await expect(card).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a partner' })).toHaveCount(0);
  await expect(card.getByRole('link', { name: `Edit ${partner.name}’s membership` })).toHaveCount(0);
  await expect(card.getByRole('button')).toHaveCount(0);
  await journey.checkPage('other-place-partnership');

  // Spaces: listed, but no “Add a space”.
  await sections.getByRole('link', { name: 'Spaces' }).click();
  await expect(page.getByRole('link', { name: space.name })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a space' })).toHaveCount(0);
  await journey.checkPage('other-place-spaces');

  // The space: its details and history, but no edit, delete or status change.
  await page.getByRole('link', { name: space.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: space.name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status history' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit space' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Delete/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Change status' })).toHaveCount(0);
  await journey.checkPage('other-place-space');

  // The partner, who belongs to this place only: no edit either.
  await page.goto(`/partners/${partner.id}`);
  await expect(page.getByRole('heading', { level: 1, name: partner.name })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit partner' })).toHaveCount(0);
  await journey.checkPage('other-place-partner');

  // The edit pages, opened by their address, say no instead of showing a form.
  await page.goto(`/places/${here.slug}/partnership/add`);
  await expect(page.getByRole('heading', { name: `You can’t change ${here.name}’s partnership` })).toBeVisible();
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await journey.checkPage('other-place-add-member-refused');
  await page.goto(`/places/${here.slug}/spaces/new`);
  await expect(page.getByRole('heading', { name: `You can’t add spaces in ${here.name}` })).toBeVisible();
  await journey.checkPage('other-place-add-space-refused');
  await page.goto(`/spaces/${space.id}/edit`);
  await expect(page.getByRole('heading', { name: 'You can’t change this space' })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await journey.checkPage('other-place-edit-space-refused');
  await page.goto(`/places/${here.slug}/organisers`);
  await expect(page.getByRole('heading', { name: `Only admins and ${here.name}’s organisers can see this` })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await journey.checkPage('other-place-organisers-refused');

  // In their own place, the same person does see the actions (so the checks above are not vacuous).
  await page.goto(`/places/${elsewhere.slug}/spaces`);
  await expect(page.getByRole('link', { name: 'Add a space' })).toBeVisible();
  await journey.checkPage('own-place-spaces');

  // Crafted requests from the signed-in session (their own token, from the browser): all refused.
  const current = await journey.fetchAsSignedInUser(`/api/v1/spaces/${space.id}`);
  expect(current.status).toBe(200);
  expect(current.etag).toBeTruthy();
  const attempts = [
    {
      what: 'moving the space along its lifecycle',
      path: `/api/v1/spaces/${space.id}/status`,
      method: 'POST',
      headers: { 'If-Match': current.etag ?? '' },
      body: { status: 'in_development', note: 'Moved by someone from another place' },
    },
    {
      what: 'adding a space to this place',
      path: '/api/v1/spaces',
      method: 'POST',
      body: { placeId: here.id, name: `Pop-up hall ${tag}`, kind: 'community_centre', mode: 'physical' },
    },
    {
      what: 'adding a partner to this partnership',
      path: `/api/v1/places/${here.id}/partnership/${outsider.id}`,
      method: 'PUT',
      body: { role: 'lead', status: 'active' },
    },
    {
      what: 'removing a partner from this partnership',
      path: `/api/v1/places/${here.id}/partnership/${partner.id}`,
      method: 'DELETE',
      headers: { 'If-Match': '"1"' },
    },
    {
      what: 'making themself an organiser of this place',
      path: `/api/v1/places/${here.id}/organisers/${users.calderdale.subject}`,
      method: 'PUT',
    },
  ];
  for (const attempt of attempts) {
    const answer = await journey.fetchAsSignedInUser(attempt.path, attempt);
    expect(answer.status, attempt.what).toBe(403);
    expect(answer.contentType, attempt.what).toContain('application/problem+json');
    expect(answer.body, attempt.what).toMatchObject({ status: 403, title: expect.any(String) });
    expect(JSON.stringify(answer.body), attempt.what).not.toMatch(/Exception|\bat org\./);
  }

  // …and nothing changed.
  const after = await seed.admin.GET('/api/v1/spaces/{spaceId}', { params: { path: { spaceId: space.id } } });
  expect(after.data).toMatchObject({ status: 'planned', version: space.version });
  expect(after.data?.history).toHaveLength(space.history?.length ?? 1);
  const spaces = await seed.admin.GET('/api/v1/spaces', { params: { query: { place: here.id } } });
  const listed = spaces.data && 'items' in spaces.data ? spaces.data.items : [];
  expect(listed.map((item) => item.id)).toEqual([space.id]);
  const partnership = await seed.admin.GET('/api/v1/places/{placeId}/partnership', { params: { path: { placeId: here.id } } });
  expect(partnership.data?.members.map((member) => member.partner.id)).toEqual([partner.id]);
  const organisers = await seed.admin.GET('/api/v1/places/{placeId}/organisers', { params: { path: { placeId: here.id } } });
  expect(organisers.data?.items.map((item) => item.subject)).toEqual([users.newham.subject]);
  // The page itself is still fine after the refusals.
  await expect(page.getByRole('link', { name: 'Add a space' })).toBeVisible();
});
