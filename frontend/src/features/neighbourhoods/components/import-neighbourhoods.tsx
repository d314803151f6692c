import { useId, useRef, useState, type SubmitEvent } from 'react';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { ErrorSummary } from '@/components/error-summary';
import { FormField } from '@/components/form-field';
import { ImportProblemsTable } from '@/components/import-problems-table';
import { Loading } from '@/components/spinner';
import { formatCount, pluralise } from '@/lib/format';
import { importProblems } from '@/lib/import-problems';
import { hasStatus, isProblemError } from '@/lib/problem';
import { useImportNeighbourhoods } from '../api/import-neighbourhoods';
import type { ImportReport, IodEdition } from '../types';

const EDITIONS: readonly { value: IodEdition; label: string }[] = [
  { value: 'IoD2025', label: 'English Indices of Deprivation 2025' },
  { value: 'IoD2019', label: 'English Indices of Deprivation 2019' },
];

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${formatCount(Math.ceil(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export interface ImportNeighbourhoodsProps {
  placeId: string;
  placeName: string;
}

/** Admins: upload an IoD CSV for a place, then read what was imported or what is wrong, row by row. */
export function ImportNeighbourhoods({ placeId, placeName }: ImportNeighbourhoodsProps) {
  const [file, setFile] = useState<File | null>(null);
  const [edition, setEdition] = useState<IodEdition>('IoD2025');
  const [missingFile, setMissingFile] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const editionId = useId();
  const mutation = useImportNeighbourhoods();

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!file) {
      setMissingFile(true);
      fileRef.current?.focus();
      return;
    }
    setMissingFile(false);
    mutation.mutate({ placeId, edition, csv: file });
  };

  return (
    <section className="import" aria-labelledby="import-title">
      <h3 id="import-title">Import neighbourhoods</h3>
      <p className="section__lead">
        Upload the English Indices of Deprivation LSOA file as CSV. Rows for {placeName} are added or updated by their
        code; rows for other areas are counted and ignored. If any row has a problem, nothing is imported and you’ll see
        which rows to fix.
      </p>

      <form className="form" onSubmit={handleSubmit} noValidate aria-busy={mutation.isPending}>
        <FormField
          id="import-file"
          label="CSV file"
          hint="The columns lsoa_code, lsoa_name, lad_code, IMD_decile and IMD_rank (population is optional), or the official “File 7” layout."
          error={missingFile ? 'Choose a CSV file to upload' : undefined}
        >
          {(control) => (
            <input
              {...control}
              ref={fileRef}
              className="input input--file"
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setMissingFile(false);
                mutation.reset();
              }}
            />
          )}
        </FormField>
        {file ? (
          <p className="meta">
            Chosen: {file.name} ({formatSize(file.size)})
          </p>
        ) : null}

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

        <div className="button-row">
          <Button type="submit" busy={mutation.isPending}>
            {mutation.isPending ? 'Importing…' : 'Upload and import'}
          </Button>
        </div>
      </form>

      {mutation.isPending ? (
        <Loading label={`Uploading and checking ${file?.name ?? 'the file'}… Large files can take a minute.`} />
      ) : null}
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
