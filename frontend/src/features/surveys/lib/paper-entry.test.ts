import { describe, expect, it } from 'vitest';
import { bankFixture } from '@/test/surveys';
import type { Question } from '../types';
import { optionKey, parseEntry, readEntries } from './paper-entry';

const bank = bankFixture() as Question[];
const question = (code: string) => bank.find((item) => item.code === code)!;

describe('reading typed paper answers', () => {
  it('takes the printed number, the code or the label of a choice', () => {
    expect(parseEntry(question('belonging'), '2', true)).toEqual({ value: 'fairly_strongly', meaning: 'Fairly strongly' });
    expect(parseEntry(question('belonging'), ' Very_Strongly ', true)).toEqual({ value: 'very_strongly', meaning: 'Very strongly' });
    expect(parseEntry(question('belonging'), 'not very strongly', true)).toEqual({ value: 'not_very_strongly', meaning: 'Not very strongly' });
    expect(parseEntry(question('belonging'), '6', true)).toEqual({ error: 'Type 1 to 5, or an answer code' });
  });

  it('takes 1–7 for a scale, with the end labels', () => {
    expect(parseEntry(question('place_standard_10'), '7', false)).toEqual({ value: 7, meaning: '7 – Very little room for improvement' });
    expect(parseEntry(question('place_standard_10'), '4', false)).toEqual({ value: 4, meaning: '4' });
    expect(parseEntry(question('place_standard_10'), '0', false)).toEqual({ error: 'Type a number from 1 to 7' });
  });

  it('takes words, and a postcode district in capitals', () => {
    expect(parseEntry(question('good_now'), '  The park ', false)).toEqual({ value: 'The park' });
    expect(parseEntry(question('postcode_district'), 'hx1', false)).toEqual({ value: 'HX1' });
    expect(parseEntry(question('postcode_district'), 'HX1 2AB', false).error).toBeDefined();
  });

  it('needs an answer to a required question only', () => {
    expect(parseEntry(question('belonging'), ' ', true)).toEqual({ error: 'Required: type an answer' });
    expect(parseEntry(question('belonging'), '', false)).toEqual({});
  });

  it('reads a whole form into answers or problems', () => {
    const rows = [
      { question: question('belonging'), required: true },
      { question: question('place_standard_10'), required: false },
      { question: question('good_now'), required: false },
    ];
    expect(readEntries(rows, { belonging: '1', good_now: '' })).toEqual({ answers: { belonging: 'very_strongly' }, errors: {} });
    expect(readEntries(rows, { place_standard_10: '9' }).errors).toEqual({
      belonging: 'Required: type an answer',
      place_standard_10: 'Type a number from 1 to 7',
    });
  });

  it('writes the key to the numbers', () => {
    expect(optionKey(question('loneliness_direct'))).toBe('1 Often/always · 2 Some of the time · 3 Occasionally · 4 Hardly ever · 5 Never');
    expect(optionKey(question('place_standard_10'))).toBe('1 (A lot of room for improvement) to 7 (Very little room for improvement)');
  });
});
