import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { ErrorSummary } from '@/components/error-summary';
import { FileUploadForm } from '@/components/file-upload-form';
import { ImportProblemsTable } from '@/components/import-problems-table';
import { formatCount, pluralise } from '@/lib/format';
import { importProblems } from '@/lib/import-problems';
import { hasStatus, isProblemError } from '@/lib/problem';
import { useImportResponses } from '../api/import-responses';
import { useQuestions } from '../api/list-questions';
import { saveBlob } from '../lib/download';
import { csvTemplate } from '../lib/import-template';
import type { Question, ResponseImportReport, Survey } from '../types';
import '../surveys.css';

function allowedValues(question: Question): string {
  if (question.type === 'scale_1_7') return '1 to 7';
  if (question.type === 'free_text' || question.options.length === 0) return question.pattern ? 'text, e.g. HX1' : 'text';
  return question.options.map((option) => option.code).join(', ');
}

/** What goes in each column: the survey's question codes and the values each takes. */
function ColumnGuide({ survey }: { survey: Survey }) {
  const bank = useQuestions();
  const byCode = new Map((bank.data ?? []).map((question) => [question.code, question]));
  return (
    <details className="column-guide">
      <summary>What goes in each column</summary>
      <table className="table table--compact">
        <caption className="visually-hidden">Columns of the CSV file</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Values</th>
          </tr>
        </thead>
        <tbody>
          {survey.questions.map((entry) => {
            const question = byCode.get(entry.code);
            return (
              <tr key={entry.code}>
                <th scope="row" className="code">
                  {entry.code}
                  {entry.required ? ' (required)' : ''}
                </th>
                <td>{question ? allowedValues(question) : '…'}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row" className="code">mode</th>
            <td>paper (the default) or interview</td>
          </tr>
          <tr>
            <th scope="row" className="code">language</th>
            <td>{survey.languages.join(', ') || 'en'} (en by default)</td>
          </tr>
          <tr>
            <th scope="row" className="code">submitted_on</th>
            <td>the date, e.g. 2026-11-20 (today by default)</td>
          </tr>
          <tr>
            <th scope="row" className="code">neighbourhood</th>
            <td>an LSOA code of the place, e.g. E01010577 (optional)</td>
          </tr>
        </tbody>
      </table>
    </details>
  );
}

/**
 * Paper responses from a spreadsheet saved as CSV: one row a response, one column a question.
 * All or nothing: if any row has a problem, nothing is stored and each bad cell is listed.
 */
export function ImportResponses({ survey }: { survey: Survey }) {
  const mutation = useImportResponses();

  return (
    <section className="import" aria-labelledby="import-responses-title">
      <h2 id="import-responses-title">Upload a CSV file</h2>
      <p className="section__lead">
        One row for each paper form, one column for each question, with the answer codes (or 1 to 7, or the words) in the
        cells. Leave a cell empty if the question was not answered. If any row has a problem nothing is imported, and you’ll
        see which cells to fix.
      </p>
      <p>
        <Button
          variant="secondary"
          className="button--small"
          onClick={() => {
            saveBlob(new Blob([csvTemplate(survey)], { type: 'text/csv' }), 'survey-responses-template.csv');
          }}
        >
          Download an empty template
        </Button>
      </p>
      <ColumnGuide survey={survey} />

      <FileUploadForm
        id="import-file"
        label="CSV file"
        hint="The first line names the columns. Save a spreadsheet as “CSV UTF-8”."
        accept=".csv,text/csv"
        missingMessage="Choose a CSV file to upload"
        submitLabel="Upload and import"
        busyLabel="Importing…"
        pending={mutation.isPending}
        onChoose={() => {
          mutation.reset();
        }}
        onSubmit={(file) => {
          mutation.mutate({ surveyId: survey.id, csv: file });
        }}
      />
      {mutation.isSuccess ? <ImportResult report={mutation.data} /> : null}
      {mutation.isError ? <ImportFailure error={mutation.error} /> : null}
    </section>
  );
}

function ImportResult({ report }: { report: ResponseImportReport }) {
  return (
    <div className="import-report notice notice--success" role="status">
      <h3 className="import-report__title">
        {report.created > 0 ? `Imported ${pluralise(report.created, 'response')}` : 'The file had no responses in it'}
      </h3>
      <dl className="facts facts--compact import-report__facts">
        <div className="facts__item">
          <dt>Rows read</dt>
          <dd>{formatCount(report.rows)}</dd>
        </div>
        <div className="facts__item">
          <dt>Responses stored</dt>
          <dd>{formatCount(report.created)}</dd>
        </div>
      </dl>
    </div>
  );
}

function ImportFailure({ error }: { error: unknown }) {
  if (hasStatus(error, 409)) {
    return <ErrorPanel error={error} headingLevel={3} title="Responses can’t be imported into this survey yet" />;
  }
  if (hasStatus(error, 413)) return <ErrorPanel error={error} headingLevel={3} title="The file is too large to upload" />;
  if (!isProblemError(error) || error.status !== 400 || error.errors.length === 0) {
    return <ErrorPanel error={error} headingLevel={3} title="The file was not imported" />;
  }
  const problems = importProblems(error.errors);
  const rowCount = new Set(problems.flatMap((problem) => (problem.row === undefined ? [] : [problem.row]))).size;
  return (
    <ErrorSummary
      title="The file was not imported"
      description={
        <p>
          {error.detail ?? 'Some rows have problems.'} Nothing has been stored.
          {rowCount > 0 ? ` Fix ${pluralise(rowCount, 'row')} listed below, then upload the file again.` : ' Fix the file, then upload it again.'}
        </p>
      }
      items={[]}
    >
      <ImportProblemsTable problems={problems} captionId="import-response-problems-caption" />
    </ErrorSummary>
  );
}
