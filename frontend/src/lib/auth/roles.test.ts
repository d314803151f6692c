import { describe, expect, it } from 'vitest';
import { decodeJwtPayload, rolesFromAccessToken, rolesFromTokenPayload } from './roles';
import { safeReturnTo } from './return-to';

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fakeJwt(payload: unknown): string {
  return `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}.signature`;
}

describe('roles from the access token', () => {
  it('reads the app roles from realm_access.roles and drops the rest', () => {
    const payload = {
      sub: 'abc',
      realm_access: { roles: ['default-roles-kickstart', 'offline_access', 'organiser', 'uma_authorization', 'admin'] },
      resource_access: { account: { roles: ['manage-account'] } },
    };
    expect(rolesFromTokenPayload(payload)).toEqual(['admin', 'organiser']);
  });

  it('gives no roles when the claim is missing or malformed', () => {
    expect(rolesFromTokenPayload({ sub: 'abc' })).toEqual([]);
    expect(rolesFromTokenPayload({ realm_access: { roles: 'admin' } })).toEqual([]);
    expect(rolesFromTokenPayload({ realm_access: null })).toEqual([]);
    expect(rolesFromTokenPayload({ roles: ['admin'] })).toEqual([]);
    expect(rolesFromTokenPayload(null)).toEqual([]);
  });

  it('decodes a real JWT, including non-ASCII names and base64url characters', () => {
    const token = fakeJwt({ name: 'Zoë Ó Briain ~~~???', realm_access: { roles: ['analyst'] } });
    expect(decodeJwtPayload(token)).toMatchObject({ name: 'Zoë Ó Briain ~~~???' });
    expect(rolesFromAccessToken(token)).toEqual(['analyst']);
  });

  it('gives no roles for a token that is not a JWT', () => {
    expect(rolesFromAccessToken('not-a-token')).toEqual([]);
    expect(rolesFromAccessToken('a.%%%.c')).toEqual([]);
  });
});

describe('safeReturnTo', () => {
  it('keeps same-origin paths and refuses anything else', () => {
    expect(safeReturnTo('/places/calderdale?x=1#facts')).toBe('/places/calderdale?x=1#facts');
    expect(safeReturnTo('https://evil.example/')).toBe('/');
    expect(safeReturnTo('//evil.example/')).toBe('/');
    expect(safeReturnTo('/\\evil.example/')).toBe('/');
    expect(safeReturnTo('/auth/callback?code=1')).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
  });
});
