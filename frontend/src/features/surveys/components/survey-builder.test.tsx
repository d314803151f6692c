import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CALDERDALE_ID, jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { bankFixture, surveyFixture, templatesFixture } from '@/test/surveys';
import { CreateSurveyForm } from './create-survey-form';

const PLACE = { id: CALDERDALE_ID, name: 'Calderdale' };

function api(request: Request): Response {
  const { pathname } = new URL(request.url);
  if (pathname === '/api/v1/questions') return jsonResponse({ items: bankFixture() });
  if (pathname === '/api/v1/survey-templates') return jsonResponse({ items: templatesFixture() });
  if (pathname === '/api/v1/spaces') {
    return jsonResponse({ items: [{ id: '5f0e7c2a-1b3d-4c5e-9f8a-000000000001', name: 'Halifax Central Library' }] });
  }
  if (pathname === '/api/v1/surveys' && request.method === 'POST') return jsonResponse(surveyFixture({ status: 'draft' }), { status: 201 });
  return problemResponse({ status: 404, title: 'Not found' });
}

function renderBuilder(onCreated = vi.fn()) {
  renderWithProviders(<CreateSurveyForm place={PLACE} cancelTo="/places/calderdale/surveys" onCreated={onCreated} />, {
    auth: fakeAuth(['organiser']),
  });
  return onCreated;
}

function chosenWordings(): string[] {
  const list = document.getElementById('survey-questions');
  if (list?.tagName !== 'OL') return [];
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.chosen-question__wording')?.textContent ?? '');
}

describe('the survey builder', () => {
  beforeEach(() => {
    setUpApiClient('organiser-token');
  });

  it('starts from a template: its questions in order, required ones marked, its title and introduction filled in', async () => {
    mockFetch(api);
    const user = userEvent.setup();
    renderBuilder();

    await user.click(await screen.findByRole('radio', { name: 'Belonging and loneliness core' }));

    expect(chosenWordings()).toEqual([
      'How strongly do you feel you belong to your immediate neighbourhood?',
      'How often do you feel lonely?',
      'What is good about this place now?',
      'What is the first part of your postcode? For example HX1.',
    ]);
    expect(screen.getByRole('checkbox', { name: /Required: How strongly/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Required: What is good/ })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Belonging and loneliness core');
    expect(screen.getByText(/The 4 questions of “Belonging and loneliness core” are now the survey’s questions/)).toBeInTheDocument();
    // The bank shows the same questions ticked, with where each comes from.
    expect(screen.getByRole('checkbox', { name: 'How often do you feel lonely?' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'How often do you feel lonely?' })).toHaveAccessibleDescription(
      /Office for National Statistics · One answer from a list/,
    );
    // The preview shows the survey as residents will see it.
    const preview = screen.getByRole('complementary', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { name: 'Belonging and loneliness core' })).toBeInTheDocument();
    expect(within(preview).getByText(/4 questions/)).toBeInTheDocument();
  });

  it('another template replaces the questions but keeps a title already typed', async () => {
    mockFetch(api);
    const user = userEvent.setup();
    renderBuilder();
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Rate Calderdale');
    await user.click(screen.getByRole('radio', { name: 'Place Standard' }));
    expect(chosenWordings()).toEqual(['Social contact: how would you rate this in your place?']);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Rate Calderdale');
  });

  it('reorders, requires and removes questions with the keyboard, and offers only languages every question is in', async () => {
    mockFetch(api);
    const user = userEvent.setup();
    renderBuilder();
    await screen.findByRole('radio', { name: 'Choose questions myself' });

    // Only hand-picked questions: belonging (pl, cy) and loneliness (pl).
    await user.click(screen.getByRole('checkbox', { name: /belong to your immediate neighbourhood/ }));
    expect(screen.getByRole('checkbox', { name: 'Polish' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Welsh' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'How often do you feel lonely?' }));
    expect(screen.getByRole('checkbox', { name: 'Polish' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Welsh' })).not.toBeInTheDocument();

    const down = screen.getByRole('button', { name: /Move down: How strongly/ });
    down.focus();
    await user.keyboard('{Enter}');
    expect(chosenWordings()).toEqual(['How often do you feel lonely?', 'How strongly do you feel you belong to your immediate neighbourhood?']);
    // Focus follows the moved question (down is now disabled, so its up button).
    expect(screen.getByRole('button', { name: /Move up: How strongly/ })).toHaveFocus();
    expect(screen.getByText('Moved to position 2 of 2.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: /Required: How often/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Polish' }));
    expect(screen.getByRole('textbox', { name: /Title in Polish/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Remove: How often/ }));
    expect(chosenWordings()).toEqual(['How strongly do you feel you belong to your immediate neighbourhood?']);
  }, 20_000);

  it('says what is missing before saving', async () => {
    const { requests } = mockFetch(api);
    const user = userEvent.setup();
    renderBuilder();
    await user.click(await screen.findByRole('button', { name: 'Save as a draft' }));
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveTextContent('Title: Enter a title');
    expect(summary).toHaveTextContent('Questions: Choose at least one question, or start from a template');
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('saves the chosen questions in order, with the space it is about, the languages and dates', async () => {
    const { requests } = mockFetch(api);
    const user = userEvent.setup();
    const onCreated = renderBuilder();

    await user.click(await screen.findByRole('radio', { name: 'Belonging and loneliness core' }));
    // Not every question is in Polish until the written and postcode questions go.
    expect(screen.queryByRole('checkbox', { name: 'Polish' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Remove: What is good/ }));
    await user.click(screen.getByRole('button', { name: /Remove: What is the first part/ }));
    await user.click(screen.getByRole('checkbox', { name: /Required: How often/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Polish' }));
    await user.type(screen.getByRole('textbox', { name: /Title in Polish/ }), 'Jak bardzo czujesz się związany?');
    await user.click(screen.getByRole('radio', { name: 'One space' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Space' }), 'Halifax Central Library');
    await user.type(screen.getByLabelText(/Closes on/), '2026-12-31');
    await user.click(screen.getByRole('button', { name: 'Save as a draft' }));

    await vi.waitFor(() => {
      expect(onCreated).toHaveBeenCalled();
    });
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      placeId: CALDERDALE_ID,
      title: 'Belonging and loneliness core',
      intro: 'A few questions about how connected you feel to your neighbourhood.',
      questions: [
        { code: 'belonging', required: true },
        { code: 'loneliness_direct', required: false },
      ],
      languages: ['en', 'pl'],
      translations: { pl: { title: 'Jak bardzo czujesz się związany?' } },
      spaceId: '5f0e7c2a-1b3d-4c5e-9f8a-000000000001',
      closesOn: '2026-12-31',
    });
  }, 20_000);
});
