import type { Commitment, Membership, MembershipInput, MembershipRole, MembershipStatus } from '../types';
import { COMMITMENTS, ROLES } from './labels';

export const MEMBERSHIP_FIELDS = ['role', 'commitments', 'commitmentNote', 'joinedOn', 'status'] as const satisfies readonly (keyof MembershipInput)[];

export type MembershipField = (typeof MEMBERSHIP_FIELDS)[number];

export type MembershipFormErrors = Partial<Record<MembershipField, string>>;

export interface MembershipFormValues {
  role: MembershipRole | '';
  commitments: Commitment[];
  commitmentNote: string;
  joinedOn: string;
  status: MembershipStatus;
}

/** The form field a server error belongs to: `commitments[1]` → `commitments`. */
export function membershipFieldOf(path: string): MembershipField | undefined {
  const base = path.replace(/\[\d+\]$/, '');
  return (MEMBERSHIP_FIELDS as readonly string[]).includes(base) ? (base as MembershipField) : undefined;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function checkMembershipForm(values: MembershipFormValues): MembershipFormErrors {
  const errors: MembershipFormErrors = {};
  if (values.role === '' || !(ROLES as readonly string[]).includes(values.role)) errors.role = 'Choose the partner’s role';
  if (values.commitmentNote.length > 1000) errors.commitmentNote = 'The note must be 1,000 characters or fewer';
  const joinedOn = values.joinedOn.trim();
  if (joinedOn !== '' && !isCalendarDate(joinedOn)) errors.joinedOn = 'Enter a real date, like 1 April 2026';
  return errors;
}

export function toMembershipInput(values: MembershipFormValues): MembershipInput {
  if (values.role === '') throw new Error('toMembershipInput() needs a role; call checkMembershipForm() first.');
  const input: MembershipInput = {
    role: values.role,
    // In the contract's order, so the same choices always send the same body.
    commitments: COMMITMENTS.filter((commitment) => values.commitments.includes(commitment)),
    status: values.status,
  };
  const note = values.commitmentNote.trim();
  if (note !== '') input.commitmentNote = note;
  const joinedOn = values.joinedOn.trim();
  if (joinedOn !== '') input.joinedOn = joinedOn;
  return input;
}

export function toMembershipFormValues(membership?: Membership): MembershipFormValues {
  return {
    role: membership?.role ?? '',
    commitments: [...(membership?.commitments ?? [])],
    commitmentNote: membership?.commitmentNote ?? '',
    joinedOn: membership?.joinedOn ?? '',
    status: membership?.status ?? 'active',
  };
}

/** The body that keeps everything about a membership except its status. */
export function withStatus(membership: Membership, status: MembershipStatus): MembershipInput {
  return { ...toMembershipInput(toMembershipFormValues(membership)), status };
}

export interface MemberGroups {
  lead: Membership[];
  core: Membership[];
  supporting: Membership[];
  /** Members who have left, whatever their role was. */
  left: Membership[];
}

/** Active members by role (keeping the API's order, by name), and those who left. */
export function groupMembers(members: readonly Membership[]): MemberGroups {
  const groups: MemberGroups = { lead: [], core: [], supporting: [], left: [] };
  for (const member of members) {
    if (member.status === 'left') groups.left.push(member);
    else groups[member.role].push(member);
  }
  return groups;
}
