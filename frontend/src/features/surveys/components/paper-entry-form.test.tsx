import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { bankFixture, SURVEY_ID, surveyFixture } from '@/test/surveys';
import type { Survey } from '../types';
import { PaperEntryForm } from './paper-entry-form';

const survey = surveyFixture() as Survey;

function renderEntry() {
  return renderWithProviders(<PaperEntryForm survey={survey} />, { auth: fakeAuth(['organiser']) });
}

function stored(request: Request) {
  return jsonResponse(
    { id: '3c9d8e7f-0000-4000-8000-000000000001', surveyId: SURVEY_ID, mode: 'paper', language: 'en', submittedAt: '2026-11-20T00:00:00Z', answers: {} },
    { status: 201, headers: { 'X-Path': new URL(request.url).pathname } },
  );
}

describe('paper entry', () => {
  beforeEach(() => {
    setUpApiClient('organiser-token');
  });

  it('reads typed numbers and codes, saves with Enter, then clears for the next form and counts', async () => {
    const { requests } = mockFetch((request) =>
      new URL(request.url).pathname === '/api/v1/questions' ? jsonResponse({ items: bankFixture() }) : stored(request),
    );
    const user = userEvent.setup();
    renderEntry();

    const belonging = await screen.findByRole('textbox', { name: /1\. How strongly do you feel you belong/ });
    expect(belonging).toHaveAccessibleDescription(/1 Very strongly · 2 Fairly strongly · 3 Not very strongly/);
    await user.type(belonging, '2');
    expect(screen.getByText('Fairly strongly')).toBeInTheDocument();
    await user.tab();
    await user.keyboard('6');
    expect(screen.getByText('6')).toBeInTheDocument();
    await user.tab();
    await user.keyboard('The library');
    await user.tab();
    await user.keyboard('hx1{Enter}');

    expect(await screen.findByText(/1 form entered so far/)).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/surveys/${SURVEY_ID}/responses`);
    const body = (await post.json()) as Record<string, unknown>;
    expect(body.mode).toBe('paper');
    expect(body.language).toBe('en');
    expect(body.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.answers).toEqual({ belonging: 'fairly_strongly', place_standard_10: 6, good_now: 'The library', postcode_district: 'HX1' });

    // Ready for the next form: empty boxes, focus on the first.
    expect(belonging).toHaveValue('');
    expect(belonging).toHaveFocus();
    await user.keyboard('very_strongly{Enter}');
    expect(await screen.findByText(/2 forms entered so far/)).toBeInTheDocument();
    expect(await requests.filter((request) => request.method === 'POST')[1]!.json()).toMatchObject({ answers: { belonging: 'very_strongly' } });
  });

  it('keeps a form with unreadable or missing answers, and says which', async () => {
    const { requests } = mockFetch(() => jsonResponse({ items: bankFixture() }));
    const user = userEvent.setup();
    renderEntry();

    const scale = await screen.findByRole('textbox', { name: /2\. Social contact/ });
    await user.type(scale, '9{Enter}');

    const summary = screen.getByRole('alert', { name: 'This form can’t be saved yet' });
    expect(within(summary).getByRole('link', { name: 'Question 1: Required: type an answer' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Question 2: Type a number from 1 to 7' })).toBeInTheDocument();
    expect(scale).toHaveAttribute('aria-invalid', 'true');
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('shows the server’s word on an answer against its row', async () => {
    mockFetch((request) =>
      new URL(request.url).pathname === '/api/v1/questions'
        ? jsonResponse({ items: bankFixture() })
        : problemResponse({
            status: 400,
            title: 'The request is not valid',
            errors: [{ field: 'answers.postcode_district', message: 'is not a postcode district of Calderdale' }],
          }),
    );
    const user = userEvent.setup();
    renderEntry();
    await user.type(await screen.findByRole('textbox', { name: /1\. How strongly/ }), '1');
    await user.type(screen.getByRole('textbox', { name: /4\. What is the first part/ }), 'SW1{Enter}');
    expect(await screen.findByRole('textbox', { name: /4\. What is the first part/ })).toHaveAccessibleDescription(
      /is not a postcode district of Calderdale/,
    );
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
  });
});
