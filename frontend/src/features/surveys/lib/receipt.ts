/** Receipt codes are read aloud and copied by hand: spaces and case don't matter. */
export function normaliseReceipt(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}
