import { readFile } from 'node:fs/promises';
import { apiAs, ok } from '../support/api';
import { expect, test, users } from '../support/fixtures';

// Journey 8: an analyst reads a place's dashboard — indicators with their bases and intervals, a
// group too small to show, the Place Standard compass — and downloads a chart's figures as CSV.

/** How many answered in each age group: 16 to 24 is too few to show, 65 to 74 is then hidden too. */
const AGES = { '16_24': 6, '25_34': 22, '50_64': 20, '65_74': 12 } as const;
const BELONGING = ['very_strongly', 'fairly_strongly', 'not_very_strongly', 'fairly_strongly', 'not_at_all_strongly'];
const LONELINESS = ['hardly_ever', 'occasionally', 'some_of_the_time', 'never', 'often_always'];
const THEMES = Array.from({ length: 14 }, (_, index) => `place_standard_${String(index + 1)}`);
/** Around what residents score each theme (1–7, give or take one): some strengths, some things to improve. */
const THEME_SCORES = [5, 3, 2, 4, 6, 4, 5, 3, 2, 4, 5, 3, 4, 3];
/** Only a few rate the last theme, so the compass has one theme it can't show. */
const FEW_RATE_THE_LAST_THEME = 5;

/** Paper responses as a CSV: one row a resident, one column a question, varied but fixed answers. */
function responsesCsv(): string {
  const header = ['belonging', 'loneliness_direct', 'age_band', ...THEMES];
  const rows: string[][] = [];
  for (const [age, count] of Object.entries(AGES)) {
    for (let index = 0; index < count; index += 1) {
      const row = rows.length;
      rows.push([
        BELONGING[(row + index) % BELONGING.length] ?? '',
        LONELINESS[row % LONELINESS.length] ?? '',
        age,
        ...THEMES.map((_, theme) => (theme === 13 && row >= FEW_RATE_THE_LAST_THEME ? '' : String((THEME_SCORES[theme] ?? 4) + (row % 3) - 1))),
      ]);
    }
  }
  return [header, ...rows].map((row) => row.join(',')).join('\n') + '\n';
}

/** The rows of a CSV file (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      rows.push([...row, cell.replace(/\r$/, '')]);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const percent = (value: number | undefined) => `${String(Math.round((value ?? 0) * 100))}%`;

test('an analyst sees the dashboard with bases, intervals, a withheld group and the compass, and downloads the CSV', async ({ page, journey, seed, tag }) => {
  const place = await seed.place({ name: `Beckton Riverside ${tag}` });
  const survey = await seed.openSurvey(
    await seed.survey({
      placeId: place.id,
      title: `Belonging and the Place Standard ${tag}`,
      questions: [
        { code: 'belonging', required: true },
        { code: 'loneliness_direct', required: false },
        ...THEMES.map((code) => ({ code, required: false })),
        { code: 'age_band', required: false },
      ],
    }),
  );
  const total = Object.values(AGES).reduce((sum, count) => sum + count, 0);
  expect(await seed.importResponses(survey.id, responsesCsv())).toEqual({ rows: total, created: total });
  // The figures as the analyst's API has them, to compare with what the page shows.
  const analyst = apiAs(users.analyst);
  const overall = ok(
    await analyst.GET('/api/v1/indicators', { params: { query: { place: place.id, interval: 'none', indicator: ['belonging', ...THEMES] } } }),
    'reading the indicators',
  );
  const byAge = ok(
    await analyst.GET('/api/v1/indicators', { params: { query: { place: place.id, interval: 'none', breakdown: 'age_band', indicator: ['belonging'] } } }),
    'reading the indicators by age',
  );
  const belonging = overall.items.find((item) => item.indicator === 'belonging');
  expect(belonging).toMatchObject({ n: total, suppressed: false, kind: 'proportion' });
  const group = (code: string) => byAge.items.find((item) => item.group === code);
  expect(group('16_24')).toMatchObject({ n: AGES['16_24'], suppressed: true, suppression: 'primary' });
  expect(group('65_74')).toMatchObject({ n: AGES['65_74'], suppressed: true, suppression: 'secondary' });
  expect(group('25_34')).toMatchObject({ n: AGES['25_34'], suppressed: false });
  expect(overall.items.find((item) => item.indicator === 'place_standard_14')).toMatchObject({ n: FEW_RATE_THE_LAST_THEME, suppressed: true });

  await page.goto(`/places/${place.slug}/insights`);
  await journey.signIn(users.analyst);
  await expect(page.getByRole('navigation', { name: `${place.name} sections` }).getByRole('link', { name: 'Insights' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: `Insights for ${place.name}` })).toBeVisible();

  // Headlines: each figure with its interval and base.
  const headlines = page.getByRole('region', { name: 'Headlines' });
  const belongingCard = headlines.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Belonging', exact: true }) });
  await expect(belongingCard).toContainText(percent(belonging?.value));
  await expect(belongingCard).toContainText(
    `Likely between ${percent(belonging?.ciLow)} and ${percent(belonging?.ciHigh)} (95% interval), based on ${String(total)} answers`,
  );
  await expect(headlines.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Loneliness', exact: true }) })).toContainText(
    `based on ${String(total)} answers`,
  );
  // The compass: every theme but the last, which too few rated.
  const compass = page.getByRole('figure', { name: 'Place Standard compass' });
  const chart = compass.getByRole('img');
  await expect(chart).toHaveAttribute('aria-label', /Moving around: \d\.\d \(between \d\.\d and \d\.\d\), based on 60 answers/);
  await expect(chart).toHaveAttribute(
    'aria-label',
    new RegExp(`Influence and sense of control: not shown: fewer than 10 responses \\(${String(FEW_RATE_THE_LAST_THEME)} answered\\)`),
  );
  await journey.checkPage('insights');

  // Belonging by age: the small group is withheld, and the next smallest with it.
  await page.getByRole('search', { name: 'Filter the insights' }).getByLabel('Break down by').selectOption({ label: 'Age' });
  await expect(page).toHaveURL(/breakdown=age_band/);
  const byAgeChart = page.getByRole('figure', { name: 'Belonging by age' });
  await expect(byAgeChart.getByText(`Fewer than 10 responses (${String(AGES['16_24'])} answered)`)).toBeVisible();
  await expect(byAgeChart.getByText(`Hidden so that a small group can’t be worked out (${String(AGES['65_74'])} answered)`)).toBeVisible();
  await expect(byAgeChart).toContainText(
    `${percent(group('25_34')?.value)} ${percent(group('25_34')?.ciLow)}–${percent(group('25_34')?.ciHigh)}, ${String(AGES['25_34'])} answers`,
  );
  await expect(byAgeChart).toContainText('the next smallest is hidden too');
  await journey.checkPage('insights-belonging-by-age');

  // The same as a table.
  await byAgeChart.getByRole('button', { name: /^Show as table\s*: Belonging by age$/ }).click();
  const table = byAgeChart.getByRole('table', { name: 'Belonging by age' });
  await expect(table.getByRole('row', { name: /16 to 24/ })).toContainText('fewer than 10 responses');
  await expect(table.getByRole('row', { name: /25 to 34/ })).toContainText(
    `between ${percent(group('25_34')?.ciLow)} and ${percent(group('25_34')?.ciHigh)}`,
  );
  await journey.checkPage('insights-belonging-by-age-table');

  // …and as a CSV file: the withheld groups have no figure, and say why.
  const downloading = page.waitForEvent('download');
  await byAgeChart.getByRole('button', { name: /^Download CSV\s*: Belonging by age$/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^belonging-by-age-band-.*\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF'), 'the file starts with a byte-order mark, for spreadsheets').toBe(true);
  const [header, ...lines] = parseCsv(csv.slice(1));
  expect(header).toEqual(['indicator', 'label', 'breakdown', 'group', 'group_label', 'n', 'value', 'ci_low', 'ci_high', 'suppression', 'not_shown_because']);
  const line = (code: string) => lines.find((row) => row[3] === code);
  expect(line('16_24')?.slice(5)).toEqual([String(AGES['16_24']), '', '', '', 'primary', 'fewer than 10 responses']);
  expect(line('65_74')?.slice(5)).toEqual([String(AGES['65_74']), '', '', '', 'secondary', 'hidden so that a small group can’t be worked out']);
  expect(Number(line('25_34')?.[6])).toBeCloseTo(group('25_34')?.value ?? -1, 6);
  expect(line('25_34')?.[9]).toBe('');
});
