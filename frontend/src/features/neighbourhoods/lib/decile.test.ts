import { describe, expect, it } from 'vitest';
import { decileMeaning } from './decile';
import { importProblems } from './import-errors';

describe('import problems', () => {
  it('reads rows[N].column, the header and whole-file problems', () => {
    expect(
      importProblems([
        { field: 'rows[12].IMD_decile', message: 'is 3 but rank 9000 is in decile 2' },
        { field: 'header', message: 'has no lsoa_code column' },
        { field: 'rows', message: 'E01010577 already belongs to another place' },
        { field: 'rows[x].y', message: 'odd' },
      ]),
    ).toEqual([
      { row: 12, column: 'IMD_decile', message: 'is 3 but rank 9000 is in decile 2' },
      { column: 'Header', message: 'has no lsoa_code column' },
      { message: 'E01010577 already belongs to another place' },
      { message: 'odd' },
    ]);
  });

  it('puts deciles into words', () => {
    expect(decileMeaning(1)).toBe('most deprived 10%');
    expect(decileMeaning(3)).toBe('among the 30% most deprived');
    expect(decileMeaning(8)).toBe('among the 30% least deprived');
    expect(decileMeaning(10)).toBe('least deprived 10%');
  });
});
