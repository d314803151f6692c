import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Membership } from '../types';
import { groupMembers, membershipFieldOf, toMembershipInput, toMembershipFormValues, withStatus } from './membership-rules';
import {
  PHONE_PATTERN,
  POSTCODE_PATTERN,
  REGISTERED_NUMBER_PATTERN,
  checkPartnerForm,
  normaliseWebsite,
  toPartnerFormValues,
  toPartnerInput,
} from './partner-rules';

describe('partner rules', () => {
  it('uses the same patterns as the contract', () => {
    const contract = readFileSync(resolve(process.cwd(), '..', 'openapi.yaml'), 'utf8');
    for (const pattern of [REGISTERED_NUMBER_PATTERN, POSTCODE_PATTERN, PHONE_PATTERN]) {
      expect(contract).toContain(`pattern: '${pattern}'`);
    }
  });

  it('leaves empty optional fields out and tidies what is there', () => {
    const values = { ...toPartnerFormValues(), name: ' Calder Valley Trust ', type: 'voluntary_community' as const, postcode: 'hx7  8ad', website: 'cvct.example.org' };
    expect(checkPartnerForm(values)).toEqual({});
    expect(toPartnerInput(values)).toEqual({
      name: 'Calder Valley Trust',
      type: 'voluntary_community',
      postcode: 'HX7 8AD',
      website: 'https://cvct.example.org',
    });
  });

  it('checks the contract’s formats before sending', () => {
    const errors = checkPartnerForm({
      ...toPartnerFormValues(),
      name: '',
      website: 'ftp://files.example.org',
      registeredNumber: '12 34',
      postcode: 'NOT A CODE',
      email: 'sam@',
      phone: '12',
    });
    expect(Object.keys(errors).sort()).toEqual(['email', 'name', 'phone', 'postcode', 'registeredNumber', 'type', 'website']);
    expect(normaliseWebsite('http://example.org')).toBe('http://example.org');
  });
});

describe('membership rules', () => {
  const partner = { id: 'p', name: 'P', type: 'faith', createdAt: '', updatedAt: '', version: 0 } as const;
  const member = (overrides: Partial<Membership>): Membership => ({
    placeId: 'x',
    partner: { ...partner, id: overrides.partner?.id ?? 'p' },
    role: 'core',
    commitments: [],
    status: 'active',
    version: 1,
    ...overrides,
  });

  it('maps server field paths to form fields', () => {
    expect(membershipFieldOf('commitments[3]')).toBe('commitments');
    expect(membershipFieldOf('joinedOn')).toBe('joinedOn');
    expect(membershipFieldOf('partner.name')).toBeUndefined();
  });

  it('keeps everything but the status when marking as left', () => {
    const m = member({ role: 'lead', commitments: ['data', 'funding'], commitmentNote: 'Note', joinedOn: '2026-04-01' });
    expect(withStatus(m, 'left')).toEqual({
      role: 'lead',
      commitments: ['funding', 'data'],
      commitmentNote: 'Note',
      joinedOn: '2026-04-01',
      status: 'left',
    });
    expect(toMembershipInput(toMembershipFormValues(member({})))).toEqual({ role: 'core', commitments: [], status: 'active' });
  });

  it('groups active members by role and puts those who left apart', () => {
    const groups = groupMembers([
      member({ role: 'lead', partner: { ...partner, id: 'a' } }),
      member({ role: 'supporting', partner: { ...partner, id: 'b' } }),
      member({ role: 'lead', status: 'left', partner: { ...partner, id: 'c' } }),
    ]);
    expect(groups.lead.map((m) => m.partner.id)).toEqual(['a']);
    expect(groups.core).toEqual([]);
    expect(groups.supporting.map((m) => m.partner.id)).toEqual(['b']);
    expect(groups.left.map((m) => m.partner.id)).toEqual(['c']);
  });
});
