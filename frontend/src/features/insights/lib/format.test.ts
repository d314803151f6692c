import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../types';
import { describeChange, describeValue, formatBase, formatBenchmark, formatInterval, formatValue, suppressionReason } from './format';

function value(overrides: Partial<IndicatorValue> = {}): IndicatorValue {
  return {
    indicator: 'belonging',
    label: 'Belong very or fairly strongly to their neighbourhood',
    kind: 'proportion',
    n: 50,
    value: 0.62,
    ciLow: 0.4815,
    ciHigh: 0.7414,
    suppressed: false,
    ...overrides,
  };
}

describe('formatting figures', () => {
  it('writes proportions as whole percentages and means to one decimal', () => {
    expect(formatValue('proportion', 0.6234)).toBe('62%');
    expect(formatValue('proportion', 0.005)).toBe('1%');
    expect(formatValue('proportion', 1)).toBe('100%');
    expect(formatValue('mean', 4.27)).toBe('4.3');
    expect(formatValue('mean', 5)).toBe('5.0');
  });

  it('says the 95% interval and the base in words', () => {
    // The Wilson example of REFERENCE.md: 31 of 50.
    expect(formatInterval('proportion', 0.4815, 0.7414)).toBe('between 48% and 74%');
    expect(formatInterval('mean', 3.94, 4.61)).toBe('between 3.9 and 4.6');
    expect(formatBase(50)).toBe('based on 50 answers');
    expect(formatBase(1)).toBe('based on 1 answer');
    expect(formatBase(1234)).toBe('based on 1,234 answers');
  });

  it('explains both kinds of suppression, using the result’s threshold', () => {
    expect(suppressionReason({ suppression: 'primary', n: 7 }, 10)).toBe('fewer than 10 responses');
    expect(suppressionReason({ suppression: 'primary', n: 12 }, 15)).toBe('fewer than 15 responses');
    expect(suppressionReason({ suppression: 'secondary', n: 14 }, 10)).toBe('hidden so that a small group can’t be worked out');
  });

  it('describes one figure for text alternatives and tables', () => {
    expect(describeValue(value(), 10)).toBe('62% (between 48% and 74%), based on 50 answers');
    const hidden = value({ n: 7, suppressed: true, suppression: 'primary' });
    delete hidden.value;
    delete hidden.ciLow;
    delete hidden.ciHigh;
    expect(describeValue(hidden, 10)).toBe('not shown: fewer than 10 responses (7 answered)');
    expect(describeValue(undefined, 10)).toBe('no answers');
  });

  it('names England’s figure with its year and source', () => {
    expect(formatBenchmark('proportion', { value: 0.62, year: '2024/25', source: 'Community Life Survey' })).toBe(
      'England: 62% in 2024/25 (Community Life Survey)',
    );
  });
});

describe('change since the previous period', () => {
  it('counts the points people see, and says when the ranges overlap', () => {
    const before = value({ value: 0.57, ciLow: 0.43, ciHigh: 0.7 });
    const now = value({ value: 0.623, ciLow: 0.5, ciHigh: 0.73 });
    expect(describeChange(before, now, 'Apr–Jun 2026')).toEqual({
      text: 'Up 5 points since Apr–Jun 2026 (57%).',
      note: 'The two ranges overlap, so this change may be down to chance.',
      direction: 'up',
    });
  });

  it('says when the ranges do not overlap, and handles falls, no change and single points', () => {
    const before = value({ value: 0.7, ciLow: 0.65, ciHigh: 0.75 });
    const now = value({ value: 0.5, ciLow: 0.45, ciHigh: 0.55 });
    expect(describeChange(before, now, 'Q2')).toMatchObject({
      text: 'Down 20 points since Q2 (70%).',
      note: 'The two ranges do not overlap, so this is unlikely to be chance alone.',
      direction: 'down',
    });
    expect(describeChange(value({ value: 0.621 }), value({ value: 0.618 }), 'Q2')).toEqual({ text: 'No change since Q2 (62%).', direction: 'same' });
    expect(describeChange(value({ value: 0.6 }), value({ value: 0.61 }), 'Q2').text).toBe('Up 1 point since Q2 (60%).');
  });

  it('compares means to one decimal', () => {
    const before = value({ kind: 'mean', value: 4.21, ciLow: 4, ciHigh: 4.4 });
    const now = value({ kind: 'mean', value: 4.56, ciLow: 4.3, ciHigh: 4.8 });
    expect(describeChange(before, now, 'Q2').text).toBe('Up 0.4 since Q2 (4.2).');
  });

  it('says there are not enough answers when either period is suppressed or missing', () => {
    const hidden = value({ n: 6, suppressed: true, suppression: 'primary' });
    delete hidden.value;
    expect(describeChange(hidden, value(), 'Q2')).toEqual({ text: 'Not enough answers to compare with the period before.', direction: 'unknown' });
    expect(describeChange(value(), hidden, 'Q2').direction).toBe('unknown');
    expect(describeChange(undefined, value(), 'Q2').text).toBe('Not enough answers to compare with the period before.');
  });
});
