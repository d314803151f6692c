import { formatCount } from '@/lib/format';

const FEATURE_FIELD = /^features\[(\d+)\]\.?(.*)$/;

/** `features[3].geometry.type` → “Feature 4, geometry.type”; anything else is about the whole file. */
export function describeProblem(field: string, message: string): string {
  const match = FEATURE_FIELD.exec(field);
  if (match?.[1] !== undefined) {
    const where = match[2] ? `, ${match[2]}` : '';
    return `Feature ${formatCount(Number(match[1]) + 1)}${where}: ${message}`;
  }
  return `${field}: ${message}`;
}
