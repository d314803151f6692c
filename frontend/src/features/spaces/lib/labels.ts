import type {
  AccessibilityFeature,
  OpeningDay,
  SpaceCost,
  SpaceFeature,
  SpaceKind,
  SpaceMode,
  WelcomeFeature,
} from '../types';

// The contract's vocabularies (openapi.yaml), in the order people expect to read them, with
// plain-English labels. `satisfies` makes tsc fail if the contract gains or loses a value.

export const SPACE_KINDS = [
  'community_centre',
  'library',
  'park_green_space',
  'place_of_worship',
  'cafe_pub',
  'sports_leisure',
  'school_education',
  'arts_culture',
  'health',
  'youth',
  'online',
  'other',
] as const satisfies readonly SpaceKind[];

export const KIND_LABELS: Record<SpaceKind, string> = {
  community_centre: 'Community centre',
  library: 'Library',
  park_green_space: 'Park or green space',
  place_of_worship: 'Place of worship',
  cafe_pub: 'Café or pub',
  sports_leisure: 'Sports and leisure',
  school_education: 'School or education',
  arts_culture: 'Arts and culture',
  health: 'Health',
  youth: 'Youth',
  online: 'Online',
  other: 'Other',
};

export const SPACE_MODES = ['physical', 'virtual', 'hybrid'] as const satisfies readonly SpaceMode[];

export const MODE_LABELS: Record<SpaceMode, string> = {
  physical: 'In person',
  virtual: 'Online',
  hybrid: 'In person and online',
};

export const MODE_HINTS: Record<SpaceMode, string> = {
  physical: 'A building or outdoor place people go to.',
  virtual: 'Meets online only, so it has no place on the map.',
  hybrid: 'A place people go to that people can also join online.',
};

export const COSTS = ['free', 'low_cost', 'paid'] as const satisfies readonly SpaceCost[];

export const COST_LABELS: Record<SpaceCost, string> = {
  free: 'Free',
  low_cost: 'Low cost',
  paid: 'Paid',
};

export const ACCESSIBILITY_FEATURES = [
  'step_free',
  'accessible_toilet',
  'changing_places',
  'hearing_loop',
  'bsl',
  'large_print',
  'quiet_space',
  'baby_change',
  'parking',
  'near_public_transport',
] as const satisfies readonly AccessibilityFeature[];

export const WELCOME_FEATURES = [
  'free_to_enter_without_buying',
  'warm_space',
  'family_friendly',
  'dementia_friendly',
  'lgbtq_friendly',
  'faith_neutral',
] as const satisfies readonly WelcomeFeature[];

export const FEATURE_LABELS: Record<SpaceFeature, string> = {
  step_free: 'Step-free access',
  accessible_toilet: 'Accessible toilet',
  changing_places: 'Changing Places toilet',
  hearing_loop: 'Hearing loop',
  bsl: 'British Sign Language (BSL)',
  large_print: 'Large print',
  quiet_space: 'Quiet space',
  baby_change: 'Baby changing',
  parking: 'Parking',
  near_public_transport: 'Near public transport',
  free_to_enter_without_buying: 'Free to enter without buying',
  warm_space: 'Warm space',
  family_friendly: 'Family friendly',
  dementia_friendly: 'Dementia friendly',
  lgbtq_friendly: 'LGBTQ+ friendly',
  faith_neutral: 'Faith neutral',
};

export const SPACE_FEATURES: readonly SpaceFeature[] = [...ACCESSIBILITY_FEATURES, ...WELCOME_FEATURES];

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const satisfies readonly OpeningDay[];

export const DAY_LABELS: Record<OpeningDay, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
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

/** 350 → "350 m", 1234 → "1.2 km", 23456 → "23 km". */
export function formatDistance(metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) return '';
  if (metres < 1000) return `${String(Math.max(10, Math.round(metres / 10) * 10))} m`;
  const km = metres / 1000;
  return km < 10 ? `${km.toFixed(1)} km` : `${String(Math.round(km))} km`;
}
