import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api, sendForData } from '@/lib/api/client';
import type { UserPage } from '../types';
import { organiserKeys } from './query-keys';

export const USERS_PAGE_SIZE = 10;

export interface ListUsersParams {
  /** Part of a username, name or email. */
  q?: string | undefined;
  limit?: number;
  cursor?: string | undefined;
}

/** `GET /api/v1/users` — admins only: everyone who has signed in at least once. */
export async function listUsers({ q, limit = USERS_PAGE_SIZE, cursor }: ListUsersParams = {}, signal?: AbortSignal): Promise<UserPage> {
  const query: { q?: string; limit: number; cursor?: string } = { limit };
  if (q) query.q = q;
  if (cursor !== undefined) query.cursor = cursor;
  return sendForData(api().GET('/api/v1/users', { params: { query }, signal: signal ?? null }));
}

export function usersQueryOptions({ q, limit = USERS_PAGE_SIZE }: Omit<ListUsersParams, 'cursor'> = {}) {
  return infiniteQueryOptions({
    queryKey: organiserKeys.userList(q ? { q, limit } : { limit }),
    queryFn: ({ pageParam, signal }) => listUsers({ q, limit, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useUsers(params: Omit<ListUsersParams, 'cursor'> = {}) {
  return useInfiniteQuery(usersQueryOptions(params));
}
