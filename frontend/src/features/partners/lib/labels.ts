import type { Commitment, MembershipRole, MembershipStatus, PartnerType } from '../types';

// Readable words for the contract's codes. `satisfies Record<…>` makes a new code in
// openapi.yaml fail the type check until it has a label here.

export const PARTNER_TYPE_LABELS = {
  local_authority: 'Local authority',
  business: 'Business',
  voluntary_community: 'Voluntary and community',
  faith: 'Faith',
  social_enterprise: 'Social enterprise',
  health: 'Health',
  education: 'Education',
  housing: 'Housing',
  other: 'Other',
} as const satisfies Record<PartnerType, string>;

export const PARTNER_TYPES = Object.keys(PARTNER_TYPE_LABELS) as PartnerType[];

export function partnerTypeLabel(type: PartnerType): string {
  return PARTNER_TYPE_LABELS[type];
}

export function isPartnerType(value: unknown): value is PartnerType {
  return typeof value === 'string' && Object.hasOwn(PARTNER_TYPE_LABELS, value);
}

export const ROLE_LABELS = {
  lead: 'Lead',
  core: 'Core',
  supporting: 'Supporting',
} as const satisfies Record<MembershipRole, string>;

export const ROLE_HINTS = {
  lead: 'Convenes the partnership and is accountable for it.',
  core: 'Takes part in planning and decisions.',
  supporting: 'Helps when it can: a room, a mailing, some volunteers.',
} as const satisfies Record<MembershipRole, string>;

export const ROLES = ['lead', 'core', 'supporting'] as const satisfies readonly MembershipRole[];

export const COMMITMENT_LABELS = {
  offers_space: 'Offers space',
  funding: 'Funding',
  volunteers: 'Volunteers',
  promotion: 'Promotion',
  expertise: 'Expertise',
  data: 'Data',
  other: 'Other',
} as const satisfies Record<Commitment, string>;

export const COMMITMENTS = Object.keys(COMMITMENT_LABELS) as Commitment[];

export const STATUS_LABELS = {
  active: 'Active member',
  left: 'Has left the partnership',
} as const satisfies Record<MembershipStatus, string>;
