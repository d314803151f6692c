/** The two export formats: NDJSON (one JSON object per line) and CSV (one column per question). */
export type ExportFormat = 'csv' | 'ndjson';

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
};

export const EXPORT_LABELS: Record<ExportFormat, string> = {
  csv: 'CSV (spreadsheets)',
  ndjson: 'NDJSON (one JSON object per line)',
};

/** A file name people can recognise later: `calderdale-how-connected-do-you-feel-responses-2026-11-24.csv`. */
export function exportFileName(parts: readonly string[], format: ExportFormat, today: Date = new Date()): string {
  const slug = parts
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const day = today.toISOString().slice(0, 10);
  return `${slug || 'survey'}-responses-${day}.${format}`;
}

/**
 * Saves a blob as a file. The export needs the bearer token, so it is fetched by the app, not
 * followed as a plain link; the object URL is released once the browser has taken the file.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
