import { addDays, dayAndMonth, todayInLondon } from '../support/dates';
import { expect, test, users } from '../support/fixtures';

// Journey 7: an organiser records who came to a past date of a weekly event.

test('an organiser records attendance for a past date of a weekly event', async ({ page, journey, seed, tag }) => {
  const place = await seed.place({ name: `Cody Dock ${tag}` });
  await seed.organiser(place.id, users.newham);
  const host = await seed.partner({ name: `Cody Dock Rowing Club ${tag}`, type: 'voluntary_community' });
  await seed.member(place.id, host.id, { role: 'lead' });
  const shed = await seed.space({
    placeId: place.id,
    name: `The Boat Shed ${tag}`,
    kind: 'community_centre',
    mode: 'physical',
    location: { lat: 51.5168, lon: 0.0065 },
    status: 'open',
  });
  // Weekly for six weeks, the first some weeks ago: four dates have passed (the last yesterday), two are to come.
  const today = todayInLondon();
  const first = addDays(today, -22);
  const title = `Riverside Lunch Club ${tag}`;
  const event = await seed.event({
    placeId: place.id,
    spaceId: shed.id,
    hostPartnerIds: [host.id],
    title,
    category: 'food',
    audiences: ['older_people'],
    cost: 'free',
    start: `${first}T12:00`,
    end: `${first}T14:00`,
    recurrence: 'FREQ=WEEKLY;COUNT=6',
  });
  const past = [first, addDays(first, 7), addDays(first, 14), addDays(first, 21)];
  const date = past[1] ?? first;
  const day = dayAndMonth(date);

  await page.goto(`/events/${event.id}`);
  await journey.signIn(users.newham);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const pastDates = page.getByRole('region', { name: 'Past dates and attendance' });
  await expect(pastDates.getByText('No attendance recorded yet.')).toBeVisible();
  // The four dates that have happened, most recent first; the ones to come can't be recorded yet.
  await expect(pastDates.getByRole('listitem')).toHaveCount(4);
  await expect(pastDates.getByRole('listitem').first()).toContainText(dayAndMonth(past[3] ?? first));
  await expect(page.getByRole('region', { name: 'Coming up' }).getByRole('button', { name: /attendance/ })).toHaveCount(0);
  await journey.checkPage('event-past-dates');

  await pastDates.getByRole('button', { name: `Record attendance on ${day}` }).click();
  const form = page.getByRole('form', { name: `Attendance on ${day}` });
  await form.getByLabel('How many came').fill('18');
  await form.getByLabel('Of them, here for the first time').fill('3');
  await form.getByText('Ages (optional)').click();
  const ages = form.getByRole('group', { name: 'How many came in each age group' });
  await ages.getByLabel('65 to 74').fill('9');
  await ages.getByLabel('75 and over').fill('5');
  await expect(form.getByText('The age groups add up to 14 of the 18 who came.')).toBeVisible();
  await journey.checkPage('attendance-form');
  await form.getByRole('button', { name: 'Save attendance' }).click();

  await expect(pastDates.getByText(`Attendance on ${day} saved: 18 people came, 3 for the first time.`)).toBeVisible();
  await expect(form).toHaveCount(0);
  await expect(pastDates.getByText('18 attendances recorded over 1 of 4 dates.')).toBeVisible();
  const recorded = pastDates.getByRole('listitem').filter({ hasText: day });
  await expect(recorded).toContainText('18 people came, 3 for the first time.');
  await expect(recorded).toContainText('By age: 9 aged 65 to 74, 5 aged 75 and over.');
  await expect(recorded.getByRole('button', { name: `Change attendance on ${day}` })).toBeVisible();
  await expect(pastDates.getByRole('listitem').filter({ hasText: 'No attendance recorded.' })).toHaveCount(3);
  await journey.checkPage('attendance-recorded');

  // The API agrees: that date has the attendance, with who recorded it; the others have none.
  const occurrences = await seed.occurrences(event.id, first, today);
  expect(occurrences.map((occurrence) => occurrence.date)).toEqual(past);
  expect(occurrences.find((occurrence) => occurrence.date === date)?.attendance).toMatchObject({
    eventId: event.id,
    date,
    total: 18,
    firstTime: 3,
    ageBands: { age65to74: 9, age75plus: 5 },
    recordedBy: users.newham.username,
  });
  expect(occurrences.filter((occurrence) => occurrence.attendance !== undefined)).toHaveLength(1);
});
