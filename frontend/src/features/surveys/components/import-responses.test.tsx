import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { bankFixture, SURVEY_ID, surveyFixture } from '@/test/surveys';
import type { Survey } from '../types';
import { ImportResponses } from './import-responses';

const CSV = ['belonging,place_standard_10,submitted_on', 'fairly_strongly,5,2026-11-20', 'sometimes,9,2026-11-21'].join('\n');

function renderImport() {
  return renderWithProviders(<ImportResponses survey={surveyFixture() as Survey} />, { auth: fakeAuth(['organiser']) });
}

function handler(answer: () => Response) {
  return (request: Request) => (new URL(request.url).pathname === '/api/v1/questions' ? jsonResponse({ items: bankFixture() }) : answer());
}

describe('importing paper responses', () => {
  beforeEach(() => {
    setUpApiClient('organiser-token');
  });

  it('reports each bad cell as a row of a table, and stores nothing', async () => {
    mockFetch(
      handler(() =>
        problemResponse({
          type: 'urn:kickstart:problem:validation',
          title: 'The request is not valid',
          status: 400,
          detail: '2 cells have problems.',
          errors: [
            { field: 'rows[3].belonging', message: "'sometimes' is not an answer to this question" },
            { field: 'rows[3].place_standard_10', message: 'must be a whole number from 1 to 7' },
            { field: 'header', message: 'has an unknown column colour' },
          ],
        }),
      ),
    );
    const user = userEvent.setup();
    renderImport();
    await user.upload(screen.getByLabelText('CSV file'), new File([CSV], 'paper.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Upload and import' }));

    const summary = await screen.findByRole('alert', { name: 'The file was not imported' });
    expect(summary).toHaveTextContent('2 cells have problems. Nothing has been stored. Fix 1 row listed below');
    const table = within(summary).getByRole('table', { name: 'Problems found in the file' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(rows).toEqual([
      ['Row', 'Column', 'Problem'],
      ['3', 'belonging', "'sometimes' is not an answer to this question"],
      ['3', 'place_standard_10', 'must be a whole number from 1 to 7'],
      ['–', 'Header', 'has an unknown column colour'],
    ]);
  });

  it('uploads the file as text/csv and reports how many responses were stored', async () => {
    const { requests } = mockFetch(handler(() => jsonResponse({ rows: 2, created: 2 })));
    const user = userEvent.setup();
    renderImport();
    await user.upload(screen.getByLabelText('CSV file'), new File([CSV], 'paper.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Upload and import' }));

    expect(await screen.findByRole('heading', { name: 'Imported 2 responses' })).toBeInTheDocument();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/surveys/${SURVEY_ID}/responses/import`);
    expect(post.headers.get('Content-Type')).toBe('text/csv');
    expect(await post.text()).toBe(CSV);
  });

  it('explains which column takes which values', async () => {
    mockFetch(handler(() => jsonResponse({})));
    const user = userEvent.setup();
    renderImport();
    await user.click(screen.getByText('What goes in each column'));
    const guide = screen.getByRole('table', { name: 'Columns of the CSV file' });
    expect(await within(guide).findByText('very_strongly, fairly_strongly, not_very_strongly, not_at_all_strongly, dont_know')).toBeInTheDocument();
    expect(within(guide).getByText('1 to 7')).toBeInTheDocument();
  });

  it('asks for a file before uploading', async () => {
    const { requests } = mockFetch(handler(() => jsonResponse({})));
    const user = userEvent.setup();
    renderImport();
    await user.click(screen.getByRole('button', { name: 'Upload and import' }));
    expect(screen.getByLabelText('CSV file')).toHaveAttribute('aria-invalid', 'true');
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });
});
