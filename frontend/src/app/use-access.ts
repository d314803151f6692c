import { useMemo } from 'react';
import { useMe } from '@/features/me/api/get-me';
import { canCreatePartner, canEditPartner, canWriteInPlace, useAuth, type AccessFacts } from '@/lib/auth';
import type { components } from '@/lib/api/schema';

type PlaceRef = components['schemas']['PlaceRef'];

export interface Access {
  /** False while we still find out who the person is and which places they organise. */
  ready: boolean;
  signedIn: boolean;
  isAdmin: boolean;
  /** Admin, or an organiser of this place. */
  canWriteInPlace: (placeId: string) => boolean;
  /** An organiser of this place (admins included only if they also organise it). */
  organisesPlace: (placeId: string) => boolean;
  canCreatePartner: boolean;
  canEditPartner: (partner: { places?: readonly PlaceRef[] | undefined }) => boolean;
}

/**
 * What the signed-in person may do, from their token's roles and the places `GET /api/v1/me`
 * says they organise. Only hides what they can't do; the API enforces the same rules.
 */
export function useAccess(): Access {
  const { status, user, roles } = useAuth();
  const me = useMe(user?.subject);
  const organises = me.data?.organises;

  return useMemo(() => {
    const facts: AccessFacts = { roles, organises: organises ?? [] };
    return {
      ready: status !== 'loading' && (user === null || me.isFetched),
      signedIn: user !== null,
      isAdmin: roles.includes('admin'),
      canWriteInPlace: (placeId) => canWriteInPlace(facts, placeId),
      organisesPlace: (placeId) => roles.includes('organiser') && facts.organises.some((place) => place.id === placeId),
      canCreatePartner: canCreatePartner(facts),
      canEditPartner: (partner) => canEditPartner(facts, partner.places ?? []),
    };
  }, [status, user, roles, organises, me.isFetched]);
}
