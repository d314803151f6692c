import { describe, expect, it } from 'vitest';
import { formatDistance } from './labels';
import { formatDateTime, formatTime, weeklySchedule } from './times';

describe('times and distances in words', () => {
  it('writes times the way people say them', () => {
    expect(formatTime('09:30')).toBe('9:30am');
    expect(formatTime('17:00')).toBe('5pm');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('24:00')).toBe('midnight');
  });

  it('lays out a week, Monday first, closed days included', () => {
    const week = weeklySchedule({
      periods: [
        { day: 'mon', opens: '18:00', closes: '21:00' },
        { day: 'mon', opens: '09:00', closes: '12:30' },
        { day: 'sat', opens: '10:00', closes: '16:00' },
      ],
    });
    expect(week.map((day) => day.label)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(week[0]?.periods).toEqual(['9am to 12:30pm', '6pm to 9pm']);
    expect(week[1]?.periods).toEqual([]);
  });

  it('formats distances and moments', () => {
    expect(formatDistance(348)).toBe('350 m');
    expect(formatDistance(1234)).toBe('1.2 km');
    expect(formatDistance(23456)).toBe('23 km');
    expect(formatDateTime('2026-07-01T09:05:00Z')).toBe('1 July 2026 at 10:05am');
  });
});
