export const placeKeys = {
  all: ['places'] as const,
  lists: () => [...placeKeys.all, 'list'] as const,
  list: (params: { limit: number }) => [...placeKeys.lists(), params] as const,
  details: () => [...placeKeys.all, 'detail'] as const,
  detail: (slug: string) => [...placeKeys.details(), slug] as const,
};
