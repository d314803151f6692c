import { describe, expect, it } from 'vitest';
import { decileMeaning } from './decile';

describe('deciles', () => {
  it('puts deciles into words', () => {
    expect(decileMeaning(1)).toBe('most deprived 10%');
    expect(decileMeaning(3)).toBe('among the 30% most deprived');
    expect(decileMeaning(8)).toBe('among the 30% least deprived');
    expect(decileMeaning(10)).toBe('least deprived 10%');
  });
});
