import type { components } from '@/lib/api/schema';
import type { Breakdown } from '../types';

// Readable words for the contract's codes and the question bank's option codes.

/** The indicators shown as headline cards, in this order (the API's own order). */
export const KEY_INDICATORS = [
  'belonging',
  'loneliness',
  'loneliness_ucla_high',
  'trust',
  'influence',
  'chat_neighbours',
  'cohesion',
  'satisfaction_area',
  'mixing',
  'welcoming',
] as const;

export type KeyIndicator = (typeof KEY_INDICATORS)[number];

/** A short name for a card's heading; the API's label says in full what is counted. */
export const INDICATOR_NAMES: Record<KeyIndicator, string> = {
  belonging: 'Belonging',
  loneliness: 'Loneliness',
  loneliness_ucla_high: 'High loneliness (UCLA score)',
  trust: 'Trust',
  influence: 'Influence',
  chat_neighbours: 'Chatting with neighbours',
  cohesion: 'Getting on together',
  satisfaction_area: 'Satisfied with the area',
  mixing: 'Mixing',
  welcoming: 'Welcoming',
};

/** Indicators where a lower figure is the better one. */
export const LOWER_IS_BETTER: ReadonlySet<string> = new Set(['loneliness', 'loneliness_ucla_high']);

export function isKeyIndicator(value: unknown): value is KeyIndicator {
  return typeof value === 'string' && (KEY_INDICATORS as readonly string[]).includes(value);
}

export function indicatorName(code: string, fallback: string): string {
  return isKeyIndicator(code) ? INDICATOR_NAMES[code] : fallback;
}

/** The 14 Place Standard themes, in the compass's order (clockwise from the top). */
export const PLACE_STANDARD_THEMES = [
  'Moving around',
  'Public transport',
  'Traffic and parking',
  'Streets and spaces',
  'Natural space',
  'Play and recreation',
  'Facilities and services',
  'Work and local economy',
  'Housing and community',
  'Social contact',
  'Identity and belonging',
  'Feeling safe',
  'Care and maintenance',
  'Influence and sense of control',
] as const;

export const placeStandardCode = (index: number) => `place_standard_${String(index + 1)}`;

export const BREAKDOWN_LABELS = {
  age_band: 'Age',
  gender: 'Gender',
  ethnic_group: 'Ethnic group',
  disability: 'Long-term condition or disability',
  imd_decile: 'How deprived their neighbourhood is',
  mode: 'How they answered',
  language: 'Language they answered in',
} as const satisfies Record<Breakdown, string>;

export const BREAKDOWNS = Object.keys(BREAKDOWN_LABELS) as Breakdown[];

export function isBreakdown(value: unknown): value is Breakdown {
  return typeof value === 'string' && Object.hasOwn(BREAKDOWN_LABELS, value);
}

const GROUP_LABELS: Partial<Record<Breakdown, Record<string, string>>> = {
  age_band: {
    '16_24': '16 to 24',
    '25_34': '25 to 34',
    '35_49': '35 to 49',
    '50_64': '50 to 64',
    '65_74': '65 to 74',
    '75_plus': '75 or over',
  },
  gender: { woman: 'Woman', man: 'Man', non_binary: 'Non-binary', another_term: 'Another term' },
  ethnic_group: { asian: 'Asian', black: 'Black', mixed: 'Mixed or multiple', white: 'White', other: 'Other ethnic group' },
  disability: { yes: 'Has a condition', no: 'No condition' },
  mode: { online: 'Online', paper: 'On paper', interview: 'In an interview' },
};

const languageNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en-GB'], { type: 'language' }) : undefined;

/** The words for a breakdown's group, e.g. `16_24` → "16 to 24", decile `1` → "1 (most deprived)". */
export function groupLabel(breakdown: Breakdown, group: string | undefined): string {
  if (group === undefined) return 'Everyone';
  if (group === 'not_given') return 'Not answered';
  if (group === 'prefer_not_to_say') return 'Prefer not to say';
  if (breakdown === 'imd_decile') {
    if (group === 'unknown') return 'Neighbourhood not known';
    if (group === '1') return '1 (most deprived)';
    if (group === '10') return '10 (least deprived)';
    return group;
  }
  if (breakdown === 'language') {
    try {
      return languageNames?.of(group) ?? group;
    } catch {
      return group;
    }
  }
  return GROUP_LABELS[breakdown]?.[group] ?? group;
}

type PartnerType = components['schemas']['PartnerType'];

export const PARTNER_TYPE_LABELS = {
  local_authority: 'Local authority',
  business: 'Business',
  voluntary_community: 'Voluntary and community',
  faith: 'Faith',
  social_enterprise: 'Social enterprise',
  health: 'Health',
  education: 'Education',
  housing: 'Housing',
  other: 'Other',
} as const satisfies Record<PartnerType, string>;

export function partnerTypeLabel(type: string): string {
  return Object.hasOwn(PARTNER_TYPE_LABELS, type) ? PARTNER_TYPE_LABELS[type as PartnerType] : type;
}

/** "2026-Q3" → "Jul–Sep 2026", "2026-07" → "July 2026", "2026" → "2026". */
export function periodLabel(period: string | undefined): string {
  if (period === undefined) return 'The whole period';
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const names = ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec'];
    return `${names[Number(quarter[2]) - 1] ?? ''} ${quarter[1] ?? ''}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  return period;
}

/** A short form for a chart's axis: "2026-Q3" → "Q3 2026", "2026-07" → "Jul 2026". */
export function periodShort(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Q${quarter[2] ?? ''} ${quarter[1] ?? ''}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  return period;
}
