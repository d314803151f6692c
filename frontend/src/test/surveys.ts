import { CALDERDALE_ID } from './api';

export const SURVEY_ID = '7e1d2c3b-4a5f-4e6d-8c7b-000000000001';
export const SURVEY_TOKEN = 'Qk3v9XyZ-aB_cD1eF2gH3i';

/** A public survey as `GET /api/v1/public/surveys/{token}` returns it: a choice, a scale and free text. */
export function publicSurveyFixture(overrides: Record<string, unknown> = {}) {
  return {
    title: 'How connected do you feel?',
    intro: 'Two minutes, anonymous, and it helps us plan welcoming spaces near you.',
    language: 'en',
    languages: ['en'],
    placeName: 'Calderdale',
    closesOn: '2026-12-31',
    questions: [
      {
        code: 'belonging',
        type: 'single_choice',
        text: 'How strongly do you feel you belong to your immediate neighbourhood?',
        required: true,
        options: [
          { code: 'very_strongly', label: 'Very strongly' },
          { code: 'fairly_strongly', label: 'Fairly strongly' },
          { code: 'not_very_strongly', label: 'Not very strongly' },
          { code: 'not_at_all_strongly', label: 'Not at all strongly' },
          { code: 'dont_know', label: 'Don’t know' },
        ],
      },
      {
        code: 'place_standard_10',
        type: 'scale_1_7',
        text: 'Social contact: how would you rate this in your place?',
        required: false,
        options: [],
        minLabel: 'A lot of room for improvement',
        maxLabel: 'Very little room for improvement',
      },
      {
        code: 'good_now',
        type: 'free_text',
        text: 'What is good about this place now?',
        required: false,
        options: [],
        maxLength: 2000,
      },
    ],
    ...overrides,
  };
}

/** A question of the bank as `GET /api/v1/questions` returns it. */
export function questionFixture(overrides: Record<string, unknown> = {}) {
  return {
    code: 'belonging',
    version: 1,
    type: 'single_choice',
    topic: 'belonging',
    source: 'Community Life Survey',
    text: 'How strongly do you feel you belong to your immediate neighbourhood?',
    options: [
      { code: 'very_strongly', label: 'Very strongly' },
      { code: 'fairly_strongly', label: 'Fairly strongly' },
      { code: 'not_very_strongly', label: 'Not very strongly' },
      { code: 'not_at_all_strongly', label: 'Not at all strongly' },
      { code: 'dont_know', label: 'Don’t know', excludedFromBase: true },
    ],
    translations: {},
    ...overrides,
  };
}

/** A small bank: two choices (one translated into Polish and Welsh, one into Polish), a scale, free text and a postcode district. */
export function bankFixture() {
  return [
    questionFixture({
      translations: {
        pl: {
          text: 'Jak silnie czujesz przynależność do swojej najbliższej okolicy?',
          options: {
            very_strongly: 'Bardzo silnie',
            fairly_strongly: 'Dość silnie',
            not_very_strongly: 'Niezbyt silnie',
            not_at_all_strongly: 'Wcale',
            dont_know: 'Nie wiem',
          },
        },
        cy: { text: 'Pa mor gryf ydych chi’n teimlo eich bod yn perthyn i’ch cymdogaeth?', options: {} },
      },
    }),
    questionFixture({
      code: 'loneliness_direct',
      topic: 'loneliness',
      source: 'ONS',
      text: 'How often do you feel lonely?',
      options: [
        { code: 'often_always', label: 'Often/always' },
        { code: 'some_of_the_time', label: 'Some of the time' },
        { code: 'occasionally', label: 'Occasionally' },
        { code: 'hardly_ever', label: 'Hardly ever' },
        { code: 'never', label: 'Never' },
      ],
      translations: { pl: { text: 'Jak często czujesz się samotny/samotna?', options: {} } },
    }),
    questionFixture({
      code: 'place_standard_10',
      type: 'scale_1_7',
      topic: 'place_standard',
      source: 'Place Standard',
      text: 'Social contact: how would you rate this in your place?',
      options: [],
      minLabel: 'A lot of room for improvement',
      maxLabel: 'Very little room for improvement',
    }),
    questionFixture({
      code: 'good_now',
      type: 'free_text',
      topic: 'open',
      source: 'project',
      text: 'What is good about this place now?',
      options: [],
      maxLength: 2000,
    }),
    questionFixture({
      code: 'postcode_district',
      type: 'demographic',
      topic: 'demographics',
      source: 'project',
      text: 'What is the first part of your postcode? For example HX1.',
      options: [],
      maxLength: 4,
      pattern: '^[A-Z]{1,2}[0-9][0-9A-Z]?$',
    }),
  ];
}

/** The templates as `GET /api/v1/survey-templates` returns them (cut down to the small bank). */
export function templatesFixture() {
  return [
    {
      id: 'core',
      title: 'Belonging and loneliness core',
      intro: 'A few questions about how connected you feel to your neighbourhood.',
      questions: [
        { code: 'belonging', required: true },
        { code: 'loneliness_direct', required: true },
        { code: 'good_now', required: false },
        { code: 'postcode_district', required: false },
      ],
    },
    {
      id: 'place_standard',
      title: 'Place Standard',
      intro: 'Rate things about your place from 1 to 7.',
      questions: [{ code: 'place_standard_10', required: true }],
    },
    {
      id: 'event_feedback',
      title: 'Event feedback',
      intro: 'Tell us what you thought of this event.',
      questions: [{ code: 'good_now', required: false }],
    },
  ];
}

/** A survey as the signed-in API returns it. */
export function surveyFixture(overrides: Record<string, unknown> = {}) {
  return {
    id: SURVEY_ID,
    placeId: CALDERDALE_ID,
    title: 'How connected do you feel?',
    intro: 'Two minutes, anonymous.',
    questions: [
      { code: 'belonging', required: true },
      { code: 'place_standard_10', required: false },
      { code: 'good_now', required: false },
      { code: 'postcode_district', required: false },
    ],
    languages: ['en'],
    translations: {},
    status: 'open',
    publicToken: SURVEY_TOKEN,
    responseCount: 12,
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-21T10:00:00Z',
    version: 3,
    ...overrides,
  };
}
