import type { IndicatorQuery } from './list-indicators';
import type { ReachQuery } from './get-reach';

export const insightKeys = {
  all: ['insights'] as const,
  indicators: (query: IndicatorQuery) => [...insightKeys.all, 'indicators', query] as const,
  reach: (placeId: string, query: ReachQuery) => [...insightKeys.all, 'reach', placeId, query] as const,
  gaps: (placeId: string) => [...insightKeys.all, 'gaps', placeId] as const,
  // What the dashboard shows about other things, cached under this feature's own keys.
  spaces: (placeId: string) => [...insightKeys.all, 'spaces', placeId] as const,
  events: (placeId: string) => [...insightKeys.all, 'events', placeId] as const,
  surveys: (placeId: string) => [...insightKeys.all, 'surveys', placeId] as const,
};
