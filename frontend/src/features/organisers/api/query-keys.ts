export const organiserKeys = {
  all: ['organisers'] as const,
  place: (placeId: string) => [...organiserKeys.all, 'place', placeId] as const,
  users: () => [...organiserKeys.all, 'users'] as const,
  userList: (params: { q?: string; limit: number }) => [...organiserKeys.users(), params] as const,
};
