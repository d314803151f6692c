import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { renderWithProviders } from '@/test/render';
import { publicSurveyFixture, SURVEY_TOKEN } from '@/test/surveys';
import { PublicSurveyForm } from './public-survey-form';

const RECEIPT = { receipt: 'K7QM-2XTR-9BHD', submittedAt: '2026-11-24T10:00:00Z' };

function renderForm(url = `/s/${SURVEY_TOKEN}`) {
  return renderWithProviders(<PublicSurveyForm token={SURVEY_TOKEN} />, { path: '/s/:token', url });
}

function isSurveyGet(request: Request) {
  return request.method === 'GET' && new URL(request.url).pathname === `/api/v1/public/surveys/${SURVEY_TOKEN}`;
}

async function start(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Start' }));
}

describe('the public survey form', () => {
  beforeEach(() => {
    setUpApiClient();
  });

  afterEach(() => {
    document.documentElement.lang = 'en-GB';
  });

  it('introduces the survey, then shows one question a step with its progress, focusing each question', async () => {
    mockFetch(() => jsonResponse(publicSurveyFixture()));
    const user = userEvent.setup();
    renderForm();

    expect(await screen.findByRole('heading', { level: 1, name: 'How connected do you feel?' })).toBeInTheDocument();
    expect(screen.getByText(/3 questions, about 1 minute/)).toBeInTheDocument();
    expect(screen.getByText('Open until 31 December 2026')).toBeInTheDocument();

    await start(user);
    expect(screen.getByText('Question 1 of 3')).toBeInTheDocument();
    const heading = screen.getByRole('heading', { level: 1, name: /belong to your immediate neighbourhood/ });
    expect(heading).toHaveFocus();
    // A real radio group, named by its legend.
    const group = screen.getByRole('group', { name: /belong to your immediate neighbourhood/ });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);

    await user.click(screen.getByRole('radio', { name: 'Fairly strongly' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Question 2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: /Social contact/ })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByText('Question 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Fairly strongly' })).toBeChecked();
  });

  it('stops on a required question until it is answered, and says why', async () => {
    const { fetchMock } = mockFetch(() => jsonResponse(publicSurveyFixture()));
    const user = userEvent.setup();
    renderForm();
    await start(user);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Please choose an answer to go on.');
    expect(screen.getByText('Question 1 of 3')).toBeInTheDocument();
    // Focus goes to the first answer, which the message describes.
    const first = screen.getByRole('radio', { name: 'Very strongly' });
    expect(first).toHaveFocus();
    expect(screen.getByRole('group', { name: /belong/ })).toHaveAccessibleDescription(/Please choose an answer to go on/);

    await user.click(screen.getByRole('radio', { name: 'Very strongly' }));
    expect(screen.getByRole('alert')).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // Optional questions can be skipped.
    expect(screen.getByText('Question 2 of 3')).toBeInTheDocument();
    expect(screen.getByText('Optional — you can skip this question.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Question 3 of 3')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('can be answered with the keyboard alone', async () => {
    const { requests } = mockFetch((request) => (isSurveyGet(request) ? jsonResponse(publicSurveyFixture()) : jsonResponse(RECEIPT, { status: 201 })));
    const user = userEvent.setup();
    renderForm();
    await screen.findByRole('button', { name: 'Start' });

    await user.tab();
    expect(screen.getByRole('button', { name: 'Start' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: /belong/ })).toHaveFocus();

    // Into the radio group, pick with the arrow keys, Enter for Next.
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Very strongly' })).toHaveFocus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Fairly strongly' })).toBeChecked();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: /Social contact/ })).toHaveFocus();

    // The scale: 7 radios whose ends say what 1 and 7 mean.
    await user.tab();
    expect(screen.getByRole('radio', { name: '1 – A lot of room for improvement' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: '7 – Very little room for improvement' })).toBeInTheDocument();
    await user.keyboard(' {ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: '4' })).toBeChecked();
    await user.keyboard('{Enter}');

    // Free text, with a character count.
    expect(screen.getByRole('heading', { level: 1, name: /What is good/ })).toHaveFocus();
    await user.tab();
    const box = screen.getByRole('textbox', { name: 'What is good about this place now?' });
    expect(box).toHaveFocus();
    await user.keyboard('The park');
    expect(screen.getByText('You have 1,992 of 2,000 characters left')).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next: check your answers' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
    const send = screen.getByRole('button', { name: 'Send my answers' });
    send.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: /Thank you/ })).toHaveFocus();

    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ language: 'en', answers: { belonging: 'fairly_strongly', place_standard_10: 4, good_now: 'The park' } });
  });

  it('lists the answers to check, changes one and comes back, then shows the receipt and how to withdraw', async () => {
    const { requests } = mockFetch((request) => (isSurveyGet(request) ? jsonResponse(publicSurveyFixture()) : jsonResponse(RECEIPT, { status: 201 })));
    const user = userEvent.setup();
    renderForm();
    await start(user);
    await user.click(screen.getByRole('radio', { name: 'Very strongly' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next: check your answers' }));

    const review = document.querySelector<HTMLElement>('dl.review')!;
    expect(review).toHaveTextContent('Very strongly');
    expect(review).toHaveTextContent('Not answered');

    await user.click(screen.getByRole('button', { name: 'Change your answer to question 1' }));
    expect(screen.getByRole('heading', { level: 1, name: /belong/ })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'Not very strongly' }));
    await user.click(screen.getByRole('button', { name: 'Save and check your answers' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText('Not very strongly')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByText('K7QM-2XTR-9BHD')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'withdraw my answers' })).toHaveAttribute('href', '/s/withdraw');

    const post = requests.find((request) => request.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/public/surveys/${SURVEY_TOKEN}/responses`);
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({ language: 'en', answers: { belonging: 'not_very_strongly' } });
  });

  it('reuses the Idempotency-Key when sending the same answers again after a failure', async () => {
    let posts = 0;
    const { requests } = mockFetch((request) => {
      if (isSurveyGet(request)) return jsonResponse(publicSurveyFixture());
      posts += 1;
      if (posts === 1) throw new TypeError('Failed to fetch');
      return jsonResponse(RECEIPT, { status: 201 });
    });
    const user = userEvent.setup();
    renderForm();
    await start(user);
    await user.click(screen.getByRole('radio', { name: 'Very strongly' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next: check your answers' }));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your answers have not been sent yet');
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));
    expect(await screen.findByText('K7QM-2XTR-9BHD')).toBeInTheDocument();

    const keys = requests.filter((request) => request.method === 'POST').map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
  });

  it('says when to try again when too many answers came from the connection (429)', async () => {
    mockFetch((request) =>
      isSurveyGet(request)
        ? jsonResponse(publicSurveyFixture({ questions: [publicSurveyFixture().questions[0]] }))
        : new Response(JSON.stringify({ type: 'urn:kickstart:problem:rate-limited', title: 'Too many requests', status: 429 }), {
            status: 429,
            headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '120' },
          }),
    );
    const user = userEvent.setup();
    renderForm();
    await start(user);
    await user.click(screen.getByRole('radio', { name: 'Very strongly' }));
    await user.click(screen.getByRole('button', { name: 'Next: check your answers' }));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Please wait a moment');
    expect(alert).toHaveTextContent('Please wait about 2 minutes');
    // The answers are still there to send.
    expect(screen.getByRole('button', { name: 'Send my answers' })).toBeEnabled();
  });

  it('takes the server’s word on an answer back to that question', async () => {
    mockFetch((request) =>
      isSurveyGet(request)
        ? jsonResponse(publicSurveyFixture())
        : problemResponse({
            type: 'urn:kickstart:problem:validation',
            title: 'The request is not valid',
            status: 400,
            errors: [{ field: 'answers.belonging', message: 'is not one of the answers to this question' }],
          }),
    );
    const user = userEvent.setup();
    renderForm();
    await start(user);
    await user.click(screen.getByRole('radio', { name: 'Very strongly' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next: check your answers' }));
    await user.click(screen.getByRole('button', { name: 'Send my answers' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Please check this answer');
    await user.click(within(summary).getByRole('button', { name: 'Question 1: is not one of the answers to this question' }));
    expect(screen.getByRole('heading', { level: 1, name: /belong/ })).toHaveFocus();
    expect(screen.getByRole('group', { name: /belong/ })).toHaveAccessibleDescription(/is not one of the answers/);
  });

  it('switches language, keeping the answers, and sets the page language', async () => {
    const polish = publicSurveyFixture({
      title: 'Jak bardzo czujesz się związany?',
      language: 'pl',
      languages: ['en', 'pl'],
      questions: [{ ...publicSurveyFixture().questions[0], text: 'Jak silnie czujesz przynależność do swojej okolicy?', options: [{ code: 'very_strongly', label: 'Bardzo silnie' }, { code: 'fairly_strongly', label: 'Dość silnie' }] }],
    });
    const english = publicSurveyFixture({ languages: ['en', 'pl'], questions: [publicSurveyFixture().questions[0]] });
    const { requests } = mockFetch((request) => jsonResponse(new URL(request.url).searchParams.get('lang') === 'pl' ? polish : english));
    const user = userEvent.setup();
    renderForm();
    await start(user);
    await user.click(screen.getByRole('radio', { name: 'Fairly strongly' }));

    const switcher = screen.getByRole('navigation', { name: 'Language' });
    expect(within(switcher).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(switcher).getByRole('button', { name: 'Polski' }));

    expect(await screen.findByRole('radio', { name: 'Dość silnie' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 1, name: 'Jak silnie czujesz przynależność do swojej okolicy?' })).toHaveAttribute('lang', 'pl');
    await waitFor(() => {
      expect(document.documentElement.lang).toBe('pl');
    });
    expect(new URL(requests.at(-1)!.url).searchParams.get('lang')).toBe('pl');
  });

  it('says kindly when the survey has closed (410) or cannot be found (404)', async () => {
    mockFetch(() => problemResponse({ type: 'urn:kickstart:problem:gone', title: 'This survey has closed', status: 410 }));
    renderForm();
    expect(await screen.findByRole('heading', { level: 1, name: 'This survey has closed' })).toBeInTheDocument();
    expect(screen.getByText(/no longer taking answers/)).toBeInTheDocument();
  });

  it('says when the link is wrong (404)', async () => {
    mockFetch(() => problemResponse({ type: 'urn:kickstart:problem:not-found', title: 'Not found', status: 404 }));
    renderForm();
    expect(await screen.findByRole('heading', { level: 1, name: 'We can’t find this survey' })).toBeInTheDocument();
  });
});
