import type { OccurrenceQuery } from './list-occurrences';

export const eventKeys = {
  all: ['events'] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (id: string) => [...eventKeys.details(), id] as const,
  occurrences: () => [...eventKeys.all, 'occurrences'] as const,
  occurrenceWindow: (query: OccurrenceQuery) => [...eventKeys.occurrences(), 'window', query] as const,
  occurrencesAhead: (query: OccurrenceQuery, limit: number) => [...eventKeys.occurrences(), 'ahead', query, limit] as const,
  // What the event pages show about other things, cached under this feature's own keys.
  place: (placeId: string) => [...eventKeys.all, 'place', placeId] as const,
  partnership: (placeId: string) => [...eventKeys.all, 'partnership', placeId] as const,
  spaces: (placeId: string) => [...eventKeys.all, 'spaces', placeId] as const,
};
