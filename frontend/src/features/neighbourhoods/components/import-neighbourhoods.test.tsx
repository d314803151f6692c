import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeAuth, renderWithProviders } from '@/test/render';
import { CALDERDALE_ID, jsonResponse, mockFetch, problemResponse, setUpApiClient } from '@/test/api';
import { ImportNeighbourhoods } from './import-neighbourhoods';

const CSV = [
  'lsoa_code,lsoa_name,lad_code,IMD_decile,IMD_rank',
  'E01010577,Calderdale 001A,E08000033,6,19087',
  'X01010578,Calderdale 001B,E08000033,4,12000',
  'E01010579,Calderdale 001C,E08000033,11,19000',
].join('\n');

function csvFile(name = 'calderdale.csv') {
  return new File([CSV], name, { type: 'text/csv' });
}

function renderImport() {
  return renderWithProviders(<ImportNeighbourhoods placeId={CALDERDALE_ID} placeName="Calderdale" />, {
    auth: fakeAuth(['admin']),
  });
}

describe('importing neighbourhoods', () => {
  beforeEach(() => {
    setUpApiClient('admin-token');
  });

  it('shows each bad row as a row of a table: line, column and problem', async () => {
    mockFetch(() =>
      problemResponse({
        type: 'urn:kickstart:problem:validation',
        title: 'The request is not valid',
        status: 400,
        detail: '3 rows have problems.',
        errors: [
          { field: 'rows[3].lsoa_code', message: "must be an English LSOA code such as E01010577, not 'X01010578'" },
          { field: 'rows[4].IMD_decile', message: 'must be a whole number from 1 to 10' },
          { field: 'rows[4].IMD_rank', message: 'must be a whole number from 1 to 33755 for IoD2025' },
          { field: 'rows', message: 'and 2 more problems not listed' },
        ],
      }),
    );
    const user = userEvent.setup();
    renderImport();

    await user.upload(screen.getByLabelText('CSV file'), csvFile());
    await user.click(screen.getByRole('button', { name: 'Upload and import' }));

    const summary = await screen.findByRole('alert', { name: 'The file was not imported' });
    expect(summary).toHaveTextContent('3 rows have problems. Nothing has been changed. Fix 2 rows listed below');
    const table = within(summary).getByRole('table', { name: 'Problems found in the file' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(rows).toEqual([
      ['Row', 'Column', 'Problem'],
      ['3', 'lsoa_code', "must be an English LSOA code such as E01010577, not 'X01010578'"],
      ['4', 'IMD_decile', 'must be a whole number from 1 to 10'],
      ['4', 'IMD_rank', 'must be a whole number from 1 to 33755 for IoD2025'],
      ['–', 'Whole file', 'and 2 more problems not listed'],
    ]);
  });

  it('uploads the file as text/csv with the chosen edition, then shows the report', async () => {
    const { requests } = mockFetch(() => jsonResponse({ rows: 1658, created: 129, updated: 0, otherDistricts: 1529 }));
    const user = userEvent.setup();
    renderImport();

    await user.upload(screen.getByLabelText('CSV file'), csvFile());
    expect(screen.getByText(/Chosen: calderdale\.csv/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Edition'), 'English Indices of Deprivation 2019');
    await user.click(screen.getByRole('button', { name: 'Upload and import' }));

    const report = await screen.findByRole('heading', { name: 'Imported 129 neighbourhoods for Calderdale' });
    const box = report.closest<HTMLElement>('[role="status"]')!;
    const fact = (term: string) => within(box).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(fact('Rows read')).toHaveTextContent('1,658');
    expect(fact('New neighbourhoods')).toHaveTextContent('129');
    expect(fact('Updated')).toHaveTextContent('0');
    expect(fact('Rows for other areas (ignored)')).toHaveTextContent('1,529');

    const post = requests[0]!;
    expect(post.method).toBe('POST');
    expect(new URL(post.url).pathname).toBe(`/api/v1/places/${CALDERDALE_ID}/neighbourhoods/import`);
    expect(new URL(post.url).searchParams.get('edition')).toBe('IoD2019');
    expect(post.headers.get('Content-Type')).toBe('text/csv');
    expect(post.headers.get('Authorization')).toBe('Bearer admin-token');
    expect(await post.text()).toBe(CSV);
  });

  it('asks for a file before uploading', async () => {
    const { fetchMock } = mockFetch(() => jsonResponse({}));
    const user = userEvent.setup();
    renderImport();
    await user.click(screen.getByRole('button', { name: 'Upload and import' }));
    expect(screen.getByLabelText('CSV file')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Choose a CSV file to upload')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('explains a missing column in the header', async () => {
    mockFetch(() =>
      problemResponse({
        status: 400,
        title: 'The request is not valid',
        errors: [{ field: 'header', message: 'has no IMD_rank column (or its IoD File 7 equivalent)' }],
      }),
    );
    const user = userEvent.setup();
    renderImport();
    await user.upload(screen.getByLabelText('CSV file'), csvFile());
    await user.click(screen.getByRole('button', { name: 'Upload and import' }));
    const table = await screen.findByRole('table', { name: 'Problems found in the file' });
    expect(table).toHaveTextContent('Header');
    expect(table).toHaveTextContent('has no IMD_rank column');
  });
});
