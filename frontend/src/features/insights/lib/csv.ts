/** A value in a CSV cell: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | undefined | null;

/**
 * One cell, quoted as RFC 4180 asks when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or return) gets a leading
 * apostrophe; numbers are written as they are.
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV document: the header row, then the rows, each line ending CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "Belonging – Calderdale" → "belonging-calderdale". */
export function csvFileName(...parts: string[]): string {
  const name = parts
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${name || 'data'}.csv`;
}

/**
 * Saves the CSV as a file in the browser (no request to the server). A byte-order mark makes
 * spreadsheet programs read it as UTF-8.
 */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is let go.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}
