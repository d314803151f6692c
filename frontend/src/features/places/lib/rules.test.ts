import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GSS_CODE_PATTERN, SLUG_PATTERN, checkPlaceForm, slugify, toFormValues, toPlaceInput } from './rules';

describe('place rules', () => {
  it('uses the same patterns as the contract', () => {
    const contract = readFileSync(resolve(process.cwd(), '..', 'openapi.yaml'), 'utf8');
    expect(contract).toContain(`pattern: '${SLUG_PATTERN}'`);
    expect(contract).toContain(`pattern: '${GSS_CODE_PATTERN}'`);
  });

  it('makes slugs people would expect', () => {
    expect(slugify('Waltham Forest')).toBe('waltham-forest');
    expect(slugify('  Brighton & Hove ')).toBe('brighton-and-hove');
    expect(slugify('Ynys Môn')).toBe('ynys-mon');
  });

  it('leaves empty optional fields out of the request', () => {
    const input = toPlaceInput({ ...toFormValues(), name: ' Newham ', slug: 'newham', gssCode: 'E09000025', region: 'London' });
    expect(input).toEqual({ name: 'Newham', slug: 'newham', gssCode: 'E09000025', region: 'London' });
    expect('population' in input).toBe(false);
    expect('description' in input).toBe(false);
  });

  it('accepts a population of 0 and refuses negative or fractional ones', () => {
    const base = { ...toFormValues(), name: 'X', slug: 'xx', gssCode: 'E06000001', region: 'R' };
    expect(checkPlaceForm({ ...base, population: '0' })).toEqual({});
    expect(toPlaceInput({ ...base, population: '0' }).population).toBe(0);
    expect(checkPlaceForm({ ...base, population: '-1' }).population).toBeDefined();
    expect(checkPlaceForm({ ...base, population: '2.5' }).population).toBeDefined();
  });
});
