export const neighbourhoodKeys = {
  all: ['neighbourhoods'] as const,
  place: (placeId: string) => [...neighbourhoodKeys.all, placeId] as const,
  list: (placeId: string, params: { q?: string; limit: number }) => [...neighbourhoodKeys.place(placeId), 'list', params] as const,
};
