import { describe, expect, it } from 'vitest';
import type { GapRow, IndicatorValue } from '../types';
import { csvCell, csvFileName, toCsv } from './csv';
import { breakdownCsv, gapsCsv, trendCsv } from './views';

describe('CSV cells and documents', () => {
  it('quotes what needs quoting and leaves the rest alone', () => {
    expect(csvCell('Calderdale')).toBe('Calderdale');
    expect(csvCell('Hebden Bridge, Calderdale')).toBe('"Hebden Bridge, Calderdale"');
    expect(csvCell('The "Hub"')).toBe('"The ""Hub"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(0.6234)).toBe('0.6234');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('keeps spreadsheet formulas from running', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+44 1422')).toBe("'+44 1422");
    expect(csvCell('@here')).toBe("'@here");
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [undefined, 'y, z']])).toBe('a,b\r\n1,x\r\n,"y, z"\r\n');
    expect(csvFileName('Belonging', 'by', 'age_band', 'Waltham Forest')).toBe('belonging-by-age-band-waltham-forest.csv');
  });
});

function item(overrides: Partial<IndicatorValue>): IndicatorValue {
  return { indicator: 'belonging', label: 'Belong', kind: 'proportion', n: 50, suppressed: false, ...overrides };
}

describe('the CSV of each view', () => {
  it('has every period of a trend, with gaps and why they are empty', () => {
    const csv = trendCsv({
      indicator: 'belonging',
      label: 'Belong very or fairly strongly',
      threshold: 10,
      points: [
        { period: '2026-Q1', periodStart: '2026-01-01', item: item({ n: 61, value: 0.623, ciLow: 0.4975, ciHigh: 0.7339 }) },
        { period: '2026-Q2', periodStart: '2026-04-01', item: item({ n: 7, suppressed: true, suppression: 'primary' }) },
        { period: '2026-Q3', periodStart: '2026-07-01', item: undefined },
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      'period,period_start,indicator,label,n,value,ci_low,ci_high,not_shown_because',
      '2026-Q1,2026-01-01,belonging,Belong very or fairly strongly,61,0.623,0.4975,0.7339,',
      '2026-Q2,2026-04-01,belonging,Belong very or fairly strongly,7,,,,fewer than 10 responses',
      '2026-Q3,2026-07-01,belonging,Belong very or fairly strongly,0,,,,no answers',
      '',
    ]);
  });

  it('has every group of a breakdown, with both kinds of suppression', () => {
    const csv = breakdownCsv({
      indicator: 'loneliness',
      label: 'Feel lonely often or always',
      breakdown: 'age_band',
      threshold: 10,
      items: [
        item({ group: '16_24', n: 8, suppressed: true, suppression: 'primary' }),
        item({ group: '25_34', n: 12, suppressed: true, suppression: 'secondary' }),
        item({ group: '35_49', n: 40, value: 0.1, ciLow: 0.04, ciHigh: 0.23 }),
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      'indicator,label,breakdown,group,group_label,n,value,ci_low,ci_high,suppression,not_shown_because',
      'loneliness,Feel lonely often or always,age_band,16_24,16 to 24,8,,,,primary,fewer than 10 responses',
      'loneliness,Feel lonely often or always,age_band,25_34,25 to 34,12,,,,secondary,hidden so that a small group can’t be worked out',
      'loneliness,Feel lonely often or always,age_band,35_49,35 to 49,40,0.1,0.04,0.23,,',
      '',
    ]);
  });

  it('lists the neighbourhoods highest score first', () => {
    const rows: GapRow[] = [
      { code: 'E01000002', name: 'B', imdDecile: 5, openSpaces: 1, nearbyOpenSpaces: 3, weeklyEvents: 2, responses: 30, belonging: 0.5, score: 41 },
      { code: 'E01000001', name: 'A', imdDecile: 1, openSpaces: 0, weeklyEvents: 0, responses: 4, score: 90, population: 1500 },
    ];
    expect(gapsCsv(rows).split('\r\n')).toEqual([
      'code,name,imd_decile,population,open_spaces,nearby_open_spaces,weekly_events,spaces_per_10k,responses,belonging,loneliness,score',
      'E01000001,A,1,1500,0,,0,,4,,,90',
      'E01000002,B,5,,1,3,2,,30,0.5,,41',
      '',
    ]);
  });
});
