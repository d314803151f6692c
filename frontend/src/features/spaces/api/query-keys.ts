import type { ListSpacesQuery } from './list-spaces';

export const spaceKeys = {
  all: ['spaces'] as const,
  lists: () => [...spaceKeys.all, 'list'] as const,
  list: (query: ListSpacesQuery & { limit: number }) => [...spaceKeys.lists(), query] as const,
  details: () => [...spaceKeys.all, 'detail'] as const,
  detail: (id: string) => [...spaceKeys.details(), id] as const,
  pipelines: () => [...spaceKeys.all, 'pipeline'] as const,
  pipeline: (placeId: string) => [...spaceKeys.pipelines(), placeId] as const,
  // What the space pages show about other things, cached under this feature's own keys.
  place: (placeId: string) => [...spaceKeys.all, 'place', placeId] as const,
  neighbourhoods: (placeId: string, q: string) => [...spaceKeys.all, 'neighbourhoods', placeId, q] as const,
  partners: (placeId: string) => [...spaceKeys.all, 'partners', placeId] as const,
  partner: (partnerId: string) => [...spaceKeys.all, 'partner', partnerId] as const,
};
