import type { AgeBand, Audience, EventCategory, EventCost } from '../types';

// The contract's vocabularies for events (openapi.yaml), in reading order, with plain-English
// labels. `satisfies` makes tsc fail if the contract gains or loses a value.

export const CATEGORIES = [
  'social',
  'food',
  'arts_culture',
  'sport_movement',
  'learning',
  'support_advice',
  'civic_volunteering',
  'faith',
  'family',
  'other',
] as const satisfies readonly EventCategory[];

export const CATEGORY_LABELS: Record<EventCategory, string> = {
  social: 'Social',
  food: 'Food and shared meals',
  arts_culture: 'Arts and culture',
  sport_movement: 'Sport and movement',
  learning: 'Learning',
  support_advice: 'Support and advice',
  civic_volunteering: 'Civic life and volunteering',
  faith: 'Faith',
  family: 'Family',
  other: 'Other',
};

export const AUDIENCES = [
  'all_ages',
  'children',
  'young_people',
  'families',
  'older_people',
  'carers',
  'disabled_people',
  'newcomers',
  'women',
  'men',
  'language_community',
] as const satisfies readonly Audience[];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  all_ages: 'All ages',
  children: 'Children',
  young_people: 'Young people',
  families: 'Families',
  older_people: 'Older people',
  carers: 'Carers',
  disabled_people: 'Disabled people',
  newcomers: 'Newcomers',
  women: 'Women',
  men: 'Men',
  language_community: 'A language community',
};

export const COSTS = ['free', 'low_cost', 'paid'] as const satisfies readonly EventCost[];

export const COST_LABELS: Record<EventCost, string> = {
  free: 'Free',
  low_cost: 'Low cost',
  paid: 'Paid',
};

export const AGE_BANDS = ['under16', 'age16to24', 'age25to34', 'age35to49', 'age50to64', 'age65to74', 'age75plus'] as const satisfies readonly AgeBand[];

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under16: 'Under 16',
  age16to24: '16 to 24',
  age25to34: '25 to 34',
  age35to49: '35 to 49',
  age50to64: '50 to 64',
  age65to74: '65 to 74',
  age75plus: '75 and over',
};

/** "3 under 16", "9 aged 65 to 74": how a count of one age group reads in a sentence. */
export const AGE_BAND_PHRASES: Record<AgeBand, string> = {
  under16: 'under 16',
  age16to24: 'aged 16 to 24',
  age25to34: 'aged 25 to 34',
  age35to49: 'aged 35 to 49',
  age50to64: 'aged 50 to 64',
  age65to74: 'aged 65 to 74',
  age75plus: 'aged 75 and over',
};

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

let languageNames: Intl.DisplayNames | null | undefined;

/** "ur" → "Urdu", "pt-BR" → "Brazilian Portuguese"; the tag itself when it is not known. */
export function languageLabel(tag: string): string {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en-GB'], { type: 'language', fallback: 'none' });
    } catch {
      languageNames = null;
    }
  }
  try {
    const name = languageNames?.of(tag);
    return name && name.toLowerCase() !== tag.toLowerCase() ? name : tag;
  } catch {
    return tag;
  }
}
