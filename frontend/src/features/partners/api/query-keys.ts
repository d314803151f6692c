import type { PartnerType } from '../types';

export interface PartnerListParams {
  q?: string;
  type?: PartnerType;
  place?: string;
  limit: number;
}

export const partnerKeys = {
  all: ['partners'] as const,
  lists: () => [...partnerKeys.all, 'list'] as const,
  list: (params: PartnerListParams) => [...partnerKeys.lists(), params] as const,
  details: () => [...partnerKeys.all, 'detail'] as const,
  detail: (id: string) => [...partnerKeys.details(), id] as const,
  partnerships: () => [...partnerKeys.all, 'partnership'] as const,
  partnership: (placeId: string) => [...partnerKeys.partnerships(), placeId] as const,
  memberships: () => [...partnerKeys.all, 'membership'] as const,
  membership: (placeId: string, partnerId: string) => [...partnerKeys.memberships(), placeId, partnerId] as const,
};
