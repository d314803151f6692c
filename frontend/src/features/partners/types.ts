import type { components } from '@/lib/api/schema';

export type Partner = components['schemas']['Partner'];
export type PartnerInput = components['schemas']['PartnerInput'];
export type PartnerPage = components['schemas']['PartnerPage'];
export type PartnerType = components['schemas']['PartnerType'];
export type PlaceRef = components['schemas']['PlaceRef'];
export type Membership = components['schemas']['Membership'];
export type MembershipInput = components['schemas']['MembershipInput'];
export type MembershipRole = components['schemas']['MembershipRole'];
export type MembershipStatus = MembershipInput['status'];
export type Commitment = components['schemas']['Commitment'];
export type Partnership = components['schemas']['Partnership'];
export type PartnershipSummary = components['schemas']['PartnershipSummary'];
