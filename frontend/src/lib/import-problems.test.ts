import { describe, expect, it } from 'vitest';
import { importProblems } from './import-problems';

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
});
