const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** 206600 → "206,600". */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** An RFC 3339 timestamp → "24 November 2026" (UK time); the input itself if it is not a date. */
export function formatDate(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}
