import type { Schemas } from '../support/api';
import { env } from '../support/env';
import { PHONE, expect, test, users } from '../support/fixtures';

// Journey 6: residents answer on a phone, not signed in — one with the keyboard alone, one in Polish.

/** Receipt codes: three groups of four in Crockford's base32 (no I, L, O or U). */
const RECEIPT = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** The Polish wording of the questions of the short survey, with a label for every option. */
const POLISH: Record<string, Schemas['QuestionTranslation']> = {
  belonging: {
    text: 'Jak silnie czujesz, że należysz do swojej najbliższej okolicy?',
    options: {
      very_strongly: 'Bardzo silnie',
      fairly_strongly: 'Dość silnie',
      not_very_strongly: 'Niezbyt silnie',
      not_at_all_strongly: 'Wcale nie',
      dont_know: 'Nie wiem',
    },
  },
  loneliness_direct: {
    text: 'Jak często czujesz się samotny/samotna?',
    options: {
      often_always: 'Często/zawsze',
      some_of_the_time: 'Czasami',
      occasionally: 'Od czasu do czasu',
      hardly_ever: 'Prawie nigdy',
      never: 'Nigdy',
    },
  },
  age_band: {
    text: 'Ile masz lat?',
    options: {
      '16_24': '16–24',
      '25_34': '25–34',
      '35_49': '35–49',
      '50_64': '50–64',
      '65_74': '65–74',
      '75_plus': '75 lub więcej',
      prefer_not_to_say: 'Wolę nie odpowiadać',
    },
  },
  good_now: { text: 'Co jest teraz dobrego w tej okolicy?' },
};

test('residents answer on a phone without signing in: one with the keyboard alone, one in Polish', async ({ browser, journey, seed, tag }) => {
  const place = await seed.place({ name: `Canning Town ${tag}` });
  await seed.organiser(place.id, users.newham);
  // The core survey, open, as an organiser makes it (journey 5).
  const core = await seed.openSurvey(await seed.survey({ placeId: place.id, title: `How connected do you feel? ${tag}`, template: 'core' }));
  // A short survey also offered in Polish: every question translated (the same wording on every run).
  const bank = await seed.questions();
  for (const [code, translation] of Object.entries(POLISH)) {
    const options = bank.get(code)?.options.map((option) => option.code) ?? [];
    expect(Object.keys(translation.options ?? {}).sort(), `the Polish options of ${code}`).toEqual([...options].sort());
    await seed.translation(code, 'pl', translation);
  }
  const polishTitle = `Twoja okolica, twoje zdanie ${tag}`;
  const bilingual = await seed.openSurvey(
    await seed.survey({
      placeId: place.id,
      title: `Your neighbourhood, your say ${tag}`,
      intro: 'Four short questions. Your answers are anonymous.',
      questions: [{ code: 'belonging', required: true }, { code: 'loneliness_direct', required: true }, { code: 'age_band', required: false }, { code: 'good_now', required: false }],
      languages: ['en', 'pl'],
      translations: { pl: { title: polishTitle, intro: 'Cztery krótkie pytania. Twoje odpowiedzi są anonimowe.' } },
    }),
  );

  // 1. A resident on a phone, with the keyboard alone: Tab, Shift+Tab, Space, Enter and the arrow keys.
  const first = await journey.otherPerson(browser, PHONE);
  const page = first.page;
  const keys = page.keyboard;
  await page.goto(`${env.spaUrl}/s/${core.publicToken}`);
  await expect(page.getByRole('heading', { level: 1, name: core.title })).toBeVisible();
  await expect(page.getByText(`${String(core.questions.length)} questions, about`)).toBeVisible();
  await first.checkPage('keyboard-start');
  await first.tabTo(page.getByRole('button', { name: 'Start' }));
  await keys.press('Enter');

  const heading = page.getByRole('heading', { level: 1 });
  const next = page.getByRole('button', { name: 'Next', exact: true });
  const step = async (number: number, question: string) => {
    await expect(page.getByText(`Question ${String(number)} of ${String(core.questions.length)}`)).toBeVisible();
    await expect(heading).toHaveText(question);
    await expect(heading).toBeFocused();
  };

  // Question 1 is required: going on without an answer says so and puts the focus on the answers.
  await step(1, 'How strongly do you feel you belong to your immediate neighbourhood?');
  await first.tabTo(next);
  await keys.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Please choose an answer to go on.' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Very strongly', exact: true })).toBeFocused();
  await first.checkPage('keyboard-answer-needed');
  await keys.press('Space');
  await expect(page.getByRole('radio', { name: 'Very strongly', exact: true })).toBeChecked();
  await keys.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Fairly strongly' })).toBeChecked();
  await expect(page.getByRole('alert').filter({ hasText: 'Please choose an answer to go on.' })).toHaveCount(0);
  await first.tabTo(next);
  await keys.press('Enter');

  await step(2, 'How often do you feel lonely?');
  await keys.press('Tab');
  await expect(page.getByRole('radio', { name: 'Often/always' })).toBeFocused();
  await keys.press('ArrowDown');
  await keys.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Occasionally' })).toBeChecked();
  await first.tabTo(next);
  await keys.press('Enter');

  for (const [number, question] of [
    [3, 'How often do you feel that you lack companionship?'],
    [4, 'How often do you feel left out?'],
    [5, 'How often do you feel isolated from others?'],
  ] as const) {
    await step(number, question);
    await keys.press('Tab');
    await keys.press('Space');
    await expect(page.getByRole('radio', { name: 'Hardly ever or never' })).toBeChecked();
    await first.tabTo(next);
    await keys.press('Enter');
  }

  await step(6, 'How often do you chat to any of your neighbours, more than just to say hello?');
  await expect(page.getByText('Optional — you can skip this question.')).toBeVisible();
  await keys.press('Tab');
  await keys.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Once or twice a week' })).toBeChecked();
  await first.checkPage('keyboard-optional-question');
  await first.tabTo(next);
  await keys.press('Enter');

  // Questions 7 to 11 are optional: skipped.
  for (let number = 7; number <= 11; number += 1) {
    await expect(page.getByText(`Question ${String(number)} of ${String(core.questions.length)}`)).toBeVisible();
    await expect(heading).toBeFocused();
    await first.tabTo(next);
    await keys.press('Enter');
  }

  const goodNow = 'The canal path, the Saturday market and the people who run the library.';
  await step(12, 'What is good about this place now?');
  await keys.press('Tab');
  await expect(page.getByRole('textbox', { name: 'What is good about this place now?' })).toBeFocused();
  await keys.type(goodNow);
  await expect(page.getByText(`You have ${(2000 - goodNow.length).toLocaleString('en-GB')} of 2,000 characters left`)).toBeVisible();
  await first.tabTo(next);
  await keys.press('Enter');

  await step(13, 'What would make it better?');
  await first.tabTo(next);
  await keys.press('Enter');

  await step(14, 'What is your age?');
  await keys.press('Tab');
  for (let press = 0; press < 3; press += 1) await keys.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '50 to 64' })).toBeChecked();
  await first.tabTo(next);
  await keys.press('Enter');

  for (let number = 15; number <= 17; number += 1) {
    await expect(page.getByText(`Question ${String(number)} of ${String(core.questions.length)}`)).toBeVisible();
    await first.tabTo(next);
    await keys.press('Enter');
  }

  // The postcode district, typed in small letters: it is sent in capitals.
  await step(18, 'What is the first part of your postcode? For example HX1.');
  await keys.press('Tab');
  await keys.type('e16');
  await first.tabTo(page.getByRole('button', { name: 'Next: check your answers' }));
  await keys.press('Enter');

  // Check your answers: down to the end, then back up (Shift+Tab) to change question 2.
  const check = page.getByRole('heading', { level: 1, name: 'Check your answers' });
  await expect(check).toBeFocused();
  const answers = page.getByRole('definition');
  await expect(answers.filter({ hasText: 'Fairly strongly' })).toHaveCount(1);
  await expect(answers.filter({ hasText: 'Occasionally' })).toHaveCount(1);
  await expect(answers.filter({ hasText: 'E16' })).toHaveCount(1);
  await expect(answers.filter({ hasText: 'Not answered' })).toHaveCount(9);
  const send = page.getByRole('button', { name: 'Send my answers' });
  await first.tabTo(send, { max: 40 });
  await first.tabTo(page.getByRole('button', { name: 'Change your answer to question 2' }), { back: true });
  await first.checkPage('keyboard-check-answers');
  await keys.press('Enter');
  await step(2, 'How often do you feel lonely?');
  await keys.press('Tab');
  await expect(page.getByRole('radio', { name: 'Occasionally' })).toBeFocused();
  await keys.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Some of the time' })).toBeChecked();
  await first.tabTo(page.getByRole('button', { name: 'Save and check your answers' }));
  await keys.press('Enter');
  await expect(check).toBeFocused();
  await expect(answers.filter({ hasText: 'Some of the time' })).toHaveCount(1);
  await first.tabTo(send, { max: 40 });
  await keys.press('Enter');

  const thanks = page.getByRole('heading', { level: 1, name: 'Thank you — your answers have been sent' });
  await expect(thanks).toBeFocused();
  const firstReceipt = (await page.getByRole('region', { name: 'Your receipt code' }).getByText(RECEIPT).textContent()) ?? '';
  expect(firstReceipt).toMatch(RECEIPT);
  await first.checkPage('keyboard-receipt');

  // 2. Another resident, on another phone, switches the form to Polish and answers in it.
  const second = await journey.otherPerson(browser, PHONE);
  const other = second.page;
  await other.goto(`${env.spaUrl}/s/${bilingual.publicToken}`);
  await expect(other.getByRole('heading', { level: 1, name: bilingual.title })).toBeVisible();
  const languages = other.getByRole('navigation', { name: 'Language' });
  await expect(languages.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await second.checkPage('polish-start-in-english');
  await languages.getByRole('button', { name: 'Polski' }).click();
  await expect(other).toHaveURL(/[?&]lang=pl\b/);
  await expect(other.getByRole('heading', { level: 1, name: polishTitle })).toBeVisible();
  await expect(other.getByText('Cztery krótkie pytania. Twoje odpowiedzi są anonimowe.')).toBeVisible();
  await expect(languages.getByRole('button', { name: 'Polski' })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.locator('html')).toHaveAttribute('lang', 'pl');
  await second.checkPage('polish-start');
  await other.getByRole('button', { name: 'Start' }).click();

  const otherNext = other.getByRole('button', { name: 'Next', exact: true });
  await expect(other.getByRole('heading', { level: 1, name: POLISH.belonging?.text ?? '' })).toBeVisible();
  await other.getByRole('radio', { name: 'Dość silnie' }).check();
  await second.checkPage('polish-question');
  await otherNext.click();
  await expect(other.getByRole('heading', { level: 1, name: POLISH.loneliness_direct?.text ?? '' })).toBeVisible();
  await other.getByRole('radio', { name: 'Czasami' }).check();
  await otherNext.click();
  await expect(other.getByRole('heading', { level: 1, name: POLISH.age_band?.text ?? '' })).toBeVisible();
  await other.getByRole('radio', { name: '65–74' }).check();
  await otherNext.click();
  const polishGoodNow = 'Sobotni targ i biblioteka.';
  await other.getByRole('textbox', { name: POLISH.good_now?.text ?? '' }).fill(polishGoodNow);
  await other.getByRole('button', { name: 'Next: check your answers' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(other.getByRole('term').filter({ hasText: POLISH.belonging?.text ?? '' })).toBeVisible();
  await expect(other.getByRole('definition').filter({ hasText: 'Dość silnie' })).toBeVisible();
  await second.checkPage('polish-check-answers');
  await other.getByRole('button', { name: 'Send my answers' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Thank you — your answers have been sent' })).toBeVisible();
  const secondReceipt = (await other.getByRole('region', { name: 'Your receipt code' }).getByText(RECEIPT).textContent()) ?? '';
  expect(secondReceipt).toMatch(RECEIPT);
  expect(secondReceipt).not.toBe(firstReceipt);
  await second.checkPage('polish-receipt');

  // The API stored both, as the organiser reads them: online, in English and in Polish.
  const coreResponses = await seed.responses(core.id);
  expect(coreResponses).toHaveLength(1);
  expect(coreResponses[0]).toMatchObject({ mode: 'online', language: 'en' });
  expect(coreResponses[0]?.answers).toEqual({
    belonging: 'fairly_strongly',
    loneliness_direct: 'some_of_the_time',
    ucla_companionship: 'hardly_ever_never',
    ucla_left_out: 'hardly_ever_never',
    ucla_isolated: 'hardly_ever_never',
    chat_neighbours: 'once_twice_week',
    good_now: goodNow,
    age_band: '50_64',
    postcode_district: 'E16',
  });
  const polishResponses = await seed.responses(bilingual.id);
  expect(polishResponses).toHaveLength(1);
  expect(polishResponses[0]).toMatchObject({ mode: 'online', language: 'pl' });
  expect(polishResponses[0]?.answers).toEqual({ belonging: 'fairly_strongly', loneliness_direct: 'some_of_the_time', age_band: '65_74', good_now: polishGoodNow });
});
