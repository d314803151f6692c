import { addDays, dayAndMonth, mondayOf, todayInLondon } from '../support/dates';
import { expect, test, users } from '../support/fixtures';

// Journey 4: an organiser schedules a weekly event at a space, sees it in What's on, and cancels one date.

test('an organiser schedules a weekly event at a space, sees it in What’s on and cancels one date', async ({ page, journey, seed, tag }) => {
  const place = await seed.place({ name: `Sugar House ${tag}`, description: 'Terraces and new flats around the old sugar refinery.' });
  await seed.organiser(place.id, users.newham);
  const host = await seed.partner({ name: `Sugar House Good Neighbours ${tag}`, type: 'voluntary_community' });
  await seed.member(place.id, host.id, { role: 'core' });
  const hall = await seed.space({
    placeId: place.id,
    name: `Sugar House Community Hall ${tag}`,
    kind: 'community_centre',
    mode: 'physical',
    location: { lat: 51.5362, lon: -0.0012 },
    status: 'open',
  });
  const title = `Tuesday Tea and Chat ${tag}`;
  const note = 'The hall is closed for repairs';
  // The Tuesday of next week, then every Tuesday, eight times; the second date is the one cancelled.
  const nextWeek = addDays(mondayOf(todayInLondon()), 7);
  const first = addDays(nextWeek, 1);
  const second = addDays(first, 7);

  await page.goto(`/places/${place.slug}/whats-on`);
  await journey.signIn(users.newham);
  await expect(page.getByRole('heading', { level: 2, name: `What’s on in ${place.name}` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Nothing is on in ${place.name} this week.` })).toBeVisible();
  await journey.checkPage('whats-on-empty');

  // The event, every Tuesday at the hall.
  await page.getByRole('link', { name: 'Add an event' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Add an event in ${place.name}` })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(title);
  await page.getByLabel('Kind of event').selectOption({ label: 'Social' });
  await page.getByLabel(/^Description/).fill('Tea, cake and a chat. Come on your own or bring a neighbour.');
  await page.getByRole('group', { name: /Who it’s especially for/ }).getByLabel('Older people').check();
  await page.getByLabel('Date', { exact: true }).fill(first);
  await page.getByLabel('Starts at').fill('10:30');
  await page.getByLabel('Ends at').fill('12:00');
  await page.getByRole('group', { name: 'Does it repeat?' }).getByLabel('It repeats').check();
  await expect(page.getByLabel('Repeats', { exact: true })).toHaveValue('WEEKLY');
  await expect(page.getByRole('group', { name: 'On', exact: true }).getByLabel('Tuesday')).toBeChecked();
  const ends = page.getByRole('group', { name: 'Ends' });
  await ends.getByLabel('After a number of times').check();
  await ends.getByLabel('How many times in all').fill('8');
  // The preview says it in words and lists the dates it gives.
  const preview = page.locator('.recurrence-preview');
  await expect(preview).toContainText('Every Tuesday, 10:30–12:00, 8 times');
  await expect(preview.getByRole('listitem').first()).toContainText(dayAndMonth(first));
  await expect(preview).toContainText(`8 dates in all, the last on ${dayAndMonth(addDays(first, 49))}`);
  await page.getByLabel('Where it happens').selectOption({ label: hall.name });
  await page.getByRole('group', { name: 'Hosted by' }).getByLabel(host.name).check();
  await page.getByLabel(/^Cost/).selectOption({ label: 'Free' });
  await journey.checkPage('add-event-filled');
  await page.getByRole('button', { name: 'Add event' }).click();

  // Its page: the schedule in words, where, who hosts, and the dates coming up.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
  const eventId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await expect(page.locator('.event__schedule')).toHaveText('Every Tuesday, 10:30–12:00, 8 times');
  await expect(page.getByRole('link', { name: hall.name })).toBeVisible();
  const comingUp = page.getByRole('region', { name: 'Coming up' });
  await expect(comingUp.getByRole('listitem').first()).toContainText(dayAndMonth(first));
  await expect(comingUp.getByRole('button', { name: `Cancel ${title} on ${dayAndMonth(second)}` })).toBeVisible();
  await journey.checkPage('event-created');

  // What's on, next week: the first Tuesday, at the hall.
  await page.getByRole('link', { name: `See everything on in ${place.name}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `What’s on in ${place.name}` })).toBeVisible();
  const weeks = page.getByRole('navigation', { name: 'Weeks' });
  await weeks.getByRole('link', { name: 'Next week' }).click();
  await expect(page).toHaveURL(new RegExp(`week=${nextWeek}`));
  await expect(page.getByRole('status').filter({ hasText: '1 session this week.' })).toBeVisible();
  const week = page.locator('.week');
  const tuesday = week.getByRole('listitem').filter({ has: page.getByRole('heading', { name: dayAndMonth(first) }) });
  await expect(tuesday.getByRole('link', { name: title })).toBeVisible();
  await expect(tuesday).toContainText('10:30–12:00');
  await expect(tuesday).toContainText(hall.name);
  await journey.checkPage('whats-on-next-week');

  // The week after, as a list: cancel that Tuesday, saying why.
  await weeks.getByRole('link', { name: 'Next week' }).click();
  await expect(page).toHaveURL(new RegExp(`week=${addDays(nextWeek, 7)}`));
  await page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'List' }).click();
  await expect(page).toHaveURL(/view=list/);
  const day = page.getByRole('region', { name: dayAndMonth(second) });
  await expect(day.getByRole('link', { name: title })).toBeVisible();
  await expect(day).toContainText(`Hosted by ${host.name}`);
  await day.getByRole('button', { name: `Cancel ${title} on ${dayAndMonth(second)}` }).click();
  const question = page.getByRole('group', { name: `Cancel ${title} on ${dayAndMonth(second)}?` });
  await expect(question).toBeFocused();
  await question.getByLabel(/^Why it is cancelled/).fill(note);
  await journey.checkPage('cancel-date-question');
  await question.getByRole('button', { name: 'Yes, cancel this date' }).click();

  await expect(page.getByText(`${title} on ${dayAndMonth(second)} is cancelled.`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 session this week, 1 cancelled.' })).toBeVisible();
  await expect(day.getByText('Cancelled', { exact: true })).toBeVisible();
  await expect(day).toContainText(`Why: ${note}`);
  await expect(day.getByRole('button', { name: `Undo the cancellation of ${title} on ${dayAndMonth(second)}` })).toBeVisible();
  await journey.checkPage('whats-on-date-cancelled');

  // The week view marks it cancelled too; the Tuesday before still goes ahead.
  await page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'Week' }).click();
  const cancelledDay = week.getByRole('listitem').filter({ has: page.getByRole('heading', { name: dayAndMonth(second) }) });
  await expect(cancelledDay.getByRole('link', { name: title })).toBeVisible();
  await expect(cancelledDay.getByText('Cancelled', { exact: true })).toBeVisible();
  await journey.checkPage('whats-on-week-cancelled');
  await weeks.getByRole('link', { name: 'Previous week' }).click();
  await expect(tuesday.getByRole('link', { name: title })).toBeVisible();
  await expect(tuesday.getByText('Cancelled', { exact: true })).toHaveCount(0);

  // The API agrees: eight Tuesdays at the hall, the second cancelled with its reason.
  const occurrences = await seed.occurrences(eventId, first, addDays(first, 70));
  expect(occurrences.map((occurrence) => occurrence.date)).toEqual(Array.from({ length: 8 }, (_, index) => addDays(first, 7 * index)));
  expect(occurrences.find((occurrence) => occurrence.date === second)).toMatchObject({ status: 'cancelled', note, spaceId: hall.id, title });
  expect(occurrences.filter((occurrence) => occurrence.status === 'scheduled')).toHaveLength(7);
  const event = await seed.admin.GET('/api/v1/events/{eventId}', { params: { path: { eventId } } });
  expect(event.data).toMatchObject({ title, spaceId: hall.id, category: 'social', cost: 'free', status: 'scheduled', audiences: ['older_people'] });
  expect(event.data?.recurrence).toMatch(/FREQ=WEEKLY/);
  expect(event.data?.recurrence).toMatch(/COUNT=8/);
  expect(event.data?.hosts.map((partner) => partner.id)).toEqual([host.id]);
  expect(event.data?.exceptions).toEqual([expect.objectContaining({ date: second, cancelled: true, note })]);
});
