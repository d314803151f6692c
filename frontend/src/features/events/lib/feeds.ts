/** `https://…/calendar.ics` → `webcal://…/calendar.ics`, which calendar apps open as a subscription. */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:/i, 'webcal:');
}
