import { addDays, todayInLondon } from '../support/dates';
import { env } from '../support/env';
import { PHONE, expect, test, users } from '../support/fixtures';

// Journey 5: an organiser creates a survey from the core template, opens it and copies its public link.

test('an organiser creates a survey from the core template, opens it and copies the link for residents', async ({ page, browser, journey, seed, tag }) => {
  const place = await seed.place({ name: `Hackney Wick ${tag}`, description: 'Warehouses, studios and new homes by the canal.' });
  await seed.organiser(place.id, users.newham);
  const title = `How connected do you feel in Hackney Wick? ${tag}`;
  const closesOn = addDays(todayInLondon(), 56);
  const templates = await seed.admin.GET('/api/v1/survey-templates');
  const core = templates.data?.items.find((template) => template.id === 'core');
  if (!core) throw new Error('the API has no core template');

  await page.goto(`/places/${place.slug}/surveys`);
  await journey.signIn(users.newham);
  await expect(page.getByRole('heading', { level: 2, name: `Surveys in ${place.name}` })).toBeVisible();
  await expect(page.getByText(`${place.name} has no surveys yet.`)).toBeVisible();
  await journey.checkPage('surveys-none');

  // The builder: start from the core template, then make it this place's own.
  await page.getByRole('link', { name: 'New survey' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `New survey in ${place.name}` })).toBeVisible();
  await page.getByRole('group', { name: 'Start from' }).getByLabel('Belonging and loneliness core').check();
  await expect(page.getByText(`The ${String(core.questions.length)} questions of “Belonging and loneliness core” are now the survey’s questions.`)).toBeVisible();
  // Each “Required” box is named after its question (shortened): “Required: How often…”.
  const required = page.getByRole('checkbox', { name: /^Required\s*: / });
  await expect(required).toHaveCount(core.questions.length);
  await expect(page.getByRole('checkbox', { name: /^Required\s*: How strongly do you feel you belong/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Required\s*: What is your age/ })).not.toBeChecked();
  // The template's title and introduction come with it.
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(core.title);
  await expect(page.getByLabel(/^Introduction/)).toHaveValue(core.intro);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await expect(page.getByRole('group', { name: 'What is the survey about?' }).getByLabel(`The whole place (${place.name})`)).toBeChecked();
  await page.getByLabel(/^Closes on/).fill(closesOn);
  const preview = page.getByRole('complementary', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: title })).toBeVisible();
  await expect(preview).toContainText(`${String(core.questions.length)} questions`);
  await journey.checkPage('new-survey-from-core');
  await page.getByRole('button', { name: 'Save as a draft' }).click();

  // Its page: a draft, whose link does not work yet.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]{36}$/);
  const surveyId = new URL(page.url()).pathname.split('/').pop() ?? '';
  await expect(page.getByText('Status: Draft')).toBeVisible();
  await expect(page.getByText('It starts working once you open the survey.')).toBeVisible();
  await journey.checkPage('survey-draft');

  await page.getByRole('button', { name: 'Open the survey' }).click();
  await expect(page.getByText('The survey is open: its link and QR code now take answers.')).toBeVisible();
  await expect(page.getByText('Status: Open')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close the survey' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Enter paper responses' })).toBeVisible();
  await journey.checkPage('survey-open');

  // Copy the link for residents: the clipboard holds the address the page shows.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.spaUrl });
  const shown = await page.getByRole('textbox', { name: 'Link for residents', exact: true }).inputValue();
  await page.getByRole('button', { name: 'Copy link for residents' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the survey link' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Copy link for residents' })).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(shown);
  expect(copied).toMatch(new RegExp(`^${env.spaUrl}/s/[A-Za-z0-9_-]{16,}$`));

  // The API agrees: open, with the core template's questions as they were.
  const survey = await seed.admin.GET('/api/v1/surveys/{surveyId}', { params: { path: { surveyId } } });
  expect(survey.data).toMatchObject({ title, status: 'open', placeId: place.id, closesOn, responseCount: 0, intro: core.intro });
  expect(survey.data?.questions.map((question) => [question.code, question.required])).toEqual(
    core.questions.map((question) => [question.code, question.required]),
  );
  expect(copied).toBe(`${env.spaUrl}/s/${survey.data?.publicToken ?? ''}`);

  // Listed on the place's Surveys tab.
  await page.getByRole('navigation', { name: /breadcrumb/i }).getByRole('link', { name: 'Surveys' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
  await expect(row).toContainText('Status: Open');
  await expect(row.getByRole('cell').nth(1)).toHaveText('0');
  await journey.checkPage('surveys-listed');

  // The copied link, opened on a phone by someone who is not signed in: the survey's first page.
  const resident = await journey.otherPerson(browser, PHONE);
  await resident.page.goto(copied);
  await expect(resident.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(resident.page.getByText(place.name, { exact: true })).toBeVisible();
  await expect(resident.page.getByText(`${String(core.questions.length)} questions, about`)).toBeVisible();
  await expect(resident.page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(resident.page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
  await resident.checkPage('resident-phone-survey-start');
});
