import { describe, expect, it } from 'vitest';
import { attendanceKeyFor, checkAttendance, toAttendanceInput, toAttendanceValues } from './attendance-form';

describe('the attendance form', () => {
  it('needs the total and first-timers; age groups are optional', () => {
    const values = toAttendanceValues();
    expect(checkAttendance(values)).toEqual({
      total: 'Enter how many people came, a whole number (0 if no one came)',
      firstTime: 'Enter how many came for the first time, a whole number (0 if none)',
    });
    expect(checkAttendance({ ...values, total: '18', firstTime: '3' })).toEqual({});
  });

  it('does not let the parts add up to more than the total', () => {
    const values = { ...toAttendanceValues(), total: '10', firstTime: '12' };
    values.ageBands = { ...values.ageBands, age65to74: '8', age75plus: '5', under16: 'x' };
    expect(checkAttendance(values)).toEqual({
      firstTime: 'Cannot be more than the 10 who came',
      ageBands: 'The age groups add up to 13, more than the 10 who came',
      under16: 'Enter a whole number, or leave it empty',
    });
  });

  it('sends only the age groups given, and reads what was recorded', () => {
    const values = { ...toAttendanceValues(), total: '18', firstTime: '3' };
    values.ageBands = { ...values.ageBands, age65to74: '9', age75plus: '0' };
    expect(toAttendanceInput(values)).toEqual({ total: 18, firstTime: 3, ageBands: { age65to74: 9, age75plus: 0 } });
    expect(toAttendanceInput({ ...values, ageBands: toAttendanceValues().ageBands })).toEqual({ total: 18, firstTime: 3 });
    const recorded = toAttendanceValues({ eventId: 'e', date: '2026-12-01', total: 18, firstTime: 3, ageBands: { age65to74: 9 }, recordedAt: '2026-12-01T13:00:00Z' });
    expect(recorded.total).toBe('18');
    expect(recorded.ageBands.age65to74).toBe('9');
    expect(recorded.ageBands.under16).toBe('');
    expect(attendanceKeyFor('ageBands.age65to74')).toBe('age65to74');
    expect(attendanceKeyFor('ageBands')).toBe('ageBands');
    expect(attendanceKeyFor('eventId')).toBeUndefined();
  });
});
