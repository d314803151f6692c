import { describe, expect, it } from 'vitest';
import { bankFixture, templatesFixture } from '@/test/surveys';
import type { Question, SurveyTemplate } from '../types';
import { commonLanguages, questionsFor } from './bank';
import { applyTemplate, checkSurveyForm, formKeyFor, moveItem, toFormValues, toSurveyInput } from './survey-form';

const bank = bankFixture() as Question[];
const [core] = templatesFixture() as SurveyTemplate[];

describe('the survey builder’s rules', () => {
  it('offers only the languages every chosen question is translated into', () => {
    expect(commonLanguages(questionsFor([{ code: 'belonging', required: true }], bank))).toEqual(['cy', 'pl']);
    expect(
      commonLanguages(questionsFor([{ code: 'belonging', required: true }, { code: 'loneliness_direct', required: false }], bank)),
    ).toEqual(['pl']);
    expect(commonLanguages(questionsFor([{ code: 'belonging', required: true }, { code: 'good_now', required: false }], bank))).toEqual([]);
    expect(commonLanguages([])).toEqual([]);
  });

  it('moves a question up or down, and no further than the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });

  it('checks the dates and that a space or event is chosen', () => {
    const values = { ...applyTemplate(toFormValues(), core!), target: 'space' as const, opensOn: '2026-12-01', closesOn: '2026-11-30' };
    expect(checkSurveyForm(values, [])).toEqual({
      spaceId: 'Choose the space',
      closesOn: 'The closing date must be on or after the opening date',
    });
  });

  it('sends English first, only languages still offered, and leaves empty fields out', () => {
    const values = { ...applyTemplate(toFormValues(), core!), languages: ['pl', 'cy'], translations: { pl: { title: ' Tytuł ', intro: '' }, cy: { title: 'Teitl', intro: '' } } };
    expect(toSurveyInput(values, 'place-1', ['pl'])).toEqual({
      placeId: 'place-1',
      title: 'Belonging and loneliness core',
      intro: 'A few questions about how connected you feel to your neighbourhood.',
      questions: core!.questions,
      languages: ['en', 'pl'],
      translations: { pl: { title: 'Tytuł' } },
    });
  });

  it('maps the API’s field paths to the builder’s fields', () => {
    expect(formKeyFor('questions[3].code')).toBe('questions');
    expect(formKeyFor('languages[1]')).toBe('languages');
    expect(formKeyFor('translations.pl.title')).toBe('translations.pl.title');
    expect(formKeyFor('closesOn')).toBe('closesOn');
    expect(formKeyFor('status')).toBeUndefined();
  });
});
