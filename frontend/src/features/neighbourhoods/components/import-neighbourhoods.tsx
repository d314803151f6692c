import { useId, useState } from 'react';
import { ErrorPanel } from '@/components/error-panel';
import { ErrorSummary } from '@/components/error-summary';
import { FileUploadForm } from '@/components/file-upload-form';
import { ImportProblemsTable } from '@/components/import-problems-table';
import { formatCount, pluralise } from '@/lib/format';
import { importProblems } from '@/lib/import-problems';
import { hasStatus, isProblemError } from '@/lib/problem';
import { useImportNeighbourhoods } from '../api/import-neighbourhoods';
import type { ImportReport, IodEdition } from '../types';

const EDITIONS: readonly { value: IodEdition; label: string }[] = [
  { value: 'IoD2025', label: 'English Indices of Deprivation 2025' },
  { value: 'IoD2019', label: 'English Indices of Deprivation 2019' },
];

export interface ImportNeighbourhoodsProps {
  placeId: string;
  placeName: string;
}

/** Admins: upload an IoD CSV for a place, then read what was imported or what is wrong, row by row. */
export function ImportNeighbourhoods({ placeId, placeName }: ImportNeighbourhoodsProps) {
  const [edition, setEdition] = useState<IodEdition>('IoD2025');
  const editionId = useId();
  const mutation = useImportNeighbourhoods();

  return (
    <section className="import" aria-labelledby="import-title">
      <h3 id="import-title">Import neighbourhoods</h3>
      <p className="section__lead">
        Upload the English Indices of Deprivation LSOA file as CSV. Rows for {placeName} are added or updated by their
        code; rows for other areas are counted and ignored. If any row has a problem, nothing is imported and you’ll see
        which rows to fix.
      </p>
      <FileUploadForm
        id="import-file"
        label="CSV file"
        hint="The columns lsoa_code, lsoa_name, lad_code, IMD_decile and IMD_rank (population is optional), or the official “File 7” layout."
        accept=".csv,text/csv"
        missingMessage="Choose a CSV file to upload"
        submitLabel="Upload and import"
        busyLabel="Importing…"
        pending={mutation.isPending}
        onChoose={() => {
          mutation.reset();
        }}
        onSubmit={(file) => {
          mutation.mutate({ placeId, edition, csv: file });
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={editionId}>
            Edition
          </label>
          <select
            id={editionId}
            className="input input--medium select"
            value={edition}
            onChange={(event) => {
              setEdition(event.target.value === 'IoD2019' ? 'IoD2019' : 'IoD2025');
            }}
          >
            {EDITIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </FileUploadForm>
      {mutation.isSuccess ? <ImportResult report={mutation.data} placeName={placeName} /> : null}
      {mutation.isError ? <ImportFailure error={mutation.error} /> : null}
    </section>
  );
}

function ImportResult({ report, placeName }: { report: ImportReport; placeName: string }) {
  const imported = report.created + report.updated;
  return (
    <div className="import-report notice notice--success" role="status">
      <h4 className="import-report__title">
        {imported > 0
          ? `Imported ${pluralise(imported, 'neighbourhood')} for ${placeName}`
          : `No neighbourhoods for ${placeName} were found in the file`}
      </h4>
      <dl className="facts facts--compact import-report__facts">
        <div className="facts__item">
          <dt>Rows read</dt>
          <dd>{formatCount(report.rows)}</dd>
        </div>
        <div className="facts__item">
          <dt>New neighbourhoods</dt>
          <dd>{formatCount(report.created)}</dd>
        </div>
        <div className="facts__item">
          <dt>Updated</dt>
          <dd>{formatCount(report.updated)}</dd>
        </div>
        <div className="facts__item">
          <dt>Rows for other areas (ignored)</dt>
          <dd>{formatCount(report.otherDistricts)}</dd>
        </div>
      </dl>
      {imported === 0 ? (
        <p>Check that the file covers {placeName}: its rows are matched on the place’s GSS code (lad_code).</p>
      ) : null}
    </div>
  );
}

function ImportFailure({ error }: { error: unknown }) {
  if (hasStatus(error, 413)) {
    return (
      <ErrorPanel
        error={error}
        headingLevel={4}
        title="The file is too large to upload"
      />
    );
  }
  if (!isProblemError(error) || error.status !== 400 || error.errors.length === 0) {
    return <ErrorPanel error={error} headingLevel={4} title="The file was not imported" />;
  }
  const problems = importProblems(error.errors);
  const rowCount = new Set(problems.flatMap((problem) => (problem.row === undefined ? [] : [problem.row]))).size;
  return (
    <ErrorSummary
      title="The file was not imported"
      description={
        <p>
          {error.detail ?? 'Some rows have problems.'} Nothing has been changed.
          {rowCount > 0 ? ` Fix ${pluralise(rowCount, 'row')} listed below, then upload the file again.` : ' Fix the file, then upload it again.'}
        </p>
      }
      items={[]}
    >
      <ImportProblemsTable problems={problems} captionId="import-problems-caption" />
    </ErrorSummary>
  );
}
