import type { AgeBand, AgeBands, Attendance, AttendanceInput } from '../types';
import { AGE_BANDS } from './labels';

/** What the attendance form holds: every count as typed. */
export interface AttendanceValues {
  total: string;
  firstTime: string;
  ageBands: Record<AgeBand, string>;
}

export type AttendanceErrors = Partial<Record<'total' | 'firstTime' | 'ageBands' | AgeBand, string>>;

const MAX = 100_000;

export function toAttendanceValues(attendance?: Attendance): AttendanceValues {
  const bands = Object.fromEntries(AGE_BANDS.map((band) => [band, attendance?.ageBands?.[band]?.toString() ?? ''])) as Record<AgeBand, string>;
  return {
    total: attendance ? String(attendance.total) : '',
    firstTime: attendance ? String(attendance.firstTime) : '',
    ageBands: bands,
  };
}

function count(text: string): number | undefined {
  const value = text.replace(/[\s,]/g, '');
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n <= MAX ? n : undefined;
}

/** The sum of the age bands given (empty ones count as not known, not as zero). */
export function sumOfBands(values: AttendanceValues): number {
  return AGE_BANDS.reduce((sum, band) => sum + (count(values.ageBands[band]) ?? 0), 0);
}

export function checkAttendance(values: AttendanceValues): AttendanceErrors {
  const errors: AttendanceErrors = {};
  const total = count(values.total);
  const firstTime = count(values.firstTime);
  if (total === undefined) errors.total = 'Enter how many people came, a whole number (0 if no one came)';
  if (firstTime === undefined) errors.firstTime = 'Enter how many came for the first time, a whole number (0 if none)';
  for (const band of AGE_BANDS) {
    if (values.ageBands[band].trim() !== '' && count(values.ageBands[band]) === undefined) errors[band] = 'Enter a whole number, or leave it empty';
  }
  if (total !== undefined && firstTime !== undefined && firstTime > total) {
    errors.firstTime = `Cannot be more than the ${String(total)} who came`;
  }
  const bands = sumOfBands(values);
  if (total !== undefined && bands > total) errors.ageBands = `The age groups add up to ${String(bands)}, more than the ${String(total)} who came`;
  return errors;
}

export function toAttendanceInput(values: AttendanceValues): AttendanceInput {
  const input: AttendanceInput = { total: count(values.total) ?? 0, firstTime: count(values.firstTime) ?? 0 };
  const bands: AgeBands = {};
  for (const band of AGE_BANDS) {
    const value = count(values.ageBands[band]);
    if (value !== undefined && values.ageBands[band].trim() !== '') bands[band] = value;
  }
  if (Object.keys(bands).length > 0) input.ageBands = bands;
  return input;
}

/** Where a server field error belongs: `ageBands.age65to74` → that band; `ageBands` → the group. */
export function attendanceKeyFor(path: string): keyof AttendanceErrors | undefined {
  if (path === 'total' || path === 'firstTime' || path === 'ageBands') return path;
  const band = /^ageBands\.(\w+)$/.exec(path)?.[1];
  return band !== undefined && (AGE_BANDS as readonly string[]).includes(band) ? (band as AgeBand) : undefined;
}
