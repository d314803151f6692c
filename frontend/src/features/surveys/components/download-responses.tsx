import { useState } from 'react';
import { Button } from '@/components/button';
import { explainError } from '@/components/explain-error';
import { useExportPlaceResponses } from '../api/export-place-responses';
import { useExportSurveyResponses } from '../api/export-survey-responses';
import { exportFileName, saveBlob, type ExportFormat } from '../lib/download';

export interface DownloadResponsesProps {
  /** A survey's responses, or every response in a place. */
  from: { surveyId: string } | { placeId: string };
  /** Words for the file name, e.g. the place and survey title. */
  nameParts: readonly string[];
  /** What is downloaded, for the buttons' names, e.g. “the responses to this survey”. */
  what: string;
}

const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'Download CSV' },
  { format: 'ndjson', label: 'Download NDJSON' },
];

/**
 * Downloads responses as CSV (spreadsheets) or NDJSON (R, Python, DuckDB). The export needs the
 * access token, so the app fetches it and saves the file, rather than following a plain link.
 */
export function DownloadResponses({ from, nameParts, what }: DownloadResponsesProps) {
  const surveyExport = useExportSurveyResponses();
  const placeExport = useExportPlaceResponses();
  const [saved, setSaved] = useState('');
  const [running, setRunning] = useState<ExportFormat | null>(null);
  const error = 'surveyId' in from ? surveyExport.error : placeExport.error;

  const download = (format: ExportFormat) => {
    setSaved('');
    setRunning(format);
    const done = {
      onSuccess: (blob: Blob) => {
        const name = exportFileName(nameParts, format);
        saveBlob(blob, name);
        setSaved(`Saved ${name}.`);
      },
      onSettled: () => {
        setRunning(null);
      },
    };
    if ('surveyId' in from) surveyExport.mutate({ surveyId: from.surveyId, format }, done);
    else placeExport.mutate({ placeId: from.placeId, format }, done);
  };

  return (
    <div className="downloads">
      <div className="button-row">
        {FORMATS.map(({ format, label }) => (
          <Button
            key={format}
            variant="secondary"
            busy={running === format}
            disabled={running !== null && running !== format}
            aria-label={`${label}: ${what}`}
            onClick={() => {
              download(format);
            }}
          >
            {running === format ? 'Preparing the file…' : label}
          </Button>
        ))}
      </div>
      <p className="downloads__hint muted">
        CSV opens in spreadsheets; NDJSON (one response per line) suits R, Python and DuckDB. Written answers are included:
        keep the files safe.
      </p>
      <p className="visually-hidden" role="status">
        {running ? 'Preparing the file…' : saved}
      </p>
      {error && running === null ? (
        <p className="field__error" role="alert">
          The file could not be downloaded. {explainError(error).detail || explainError(error).title}
        </p>
      ) : null}
    </div>
  );
}
