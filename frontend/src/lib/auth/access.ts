import type { components } from '@/lib/api/schema';
import type { Role } from './roles';

type PlaceRef = components['schemas']['PlaceRef'];

/** What the UI needs to know to decide which actions to offer (the API enforces the same rules). */
export interface AccessFacts {
  roles: readonly Role[];
  /** The places the person organises, from `GET /api/v1/me` (`organises`). */
  organises: readonly PlaceRef[];
}

/** Admins write everywhere; organisers only in the places they organise; analysts and visitors nowhere. */
export function canWriteInPlace({ roles, organises }: AccessFacts, placeId: string): boolean {
  if (roles.includes('admin')) return true;
  return roles.includes('organiser') && organises.some((place) => place.id === placeId);
}

/** Admins and organisers may add partners to the directory. */
export function canCreatePartner({ roles }: AccessFacts): boolean {
  return roles.includes('admin') || roles.includes('organiser');
}

/**
 * Admins edit any partner; organisers edit a partner that is in the partnership of a place they
 * organise. (The API also lets an organiser edit a partner they created that is in no partnership
 * yet; the contract does not say who created a partner, so the UI does not offer that.)
 */
export function canEditPartner(facts: AccessFacts, partnerPlaces: readonly PlaceRef[]): boolean {
  if (facts.roles.includes('admin')) return true;
  return partnerPlaces.some((place) => canWriteInPlace(facts, place.id));
}
