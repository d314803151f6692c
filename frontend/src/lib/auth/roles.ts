import type { components } from '@/lib/api/schema';

/** The realm roles the app knows, as the contract names them. */
export type Role = components['schemas']['Me']['roles'][number];

export const ROLES = ['admin', 'organiser', 'analyst'] as const satisfies readonly Role[];

const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  organiser: 'Organiser',
  analyst: 'Analyst',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * The app roles in a decoded access-token payload (Keycloak puts realm roles in
 * `realm_access.roles`). Unknown roles such as `offline_access` are dropped.
 */
export function rolesFromTokenPayload(payload: unknown): Role[] {
  if (typeof payload !== 'object' || payload === null) return [];
  const realmAccess = (payload as { realm_access?: unknown }).realm_access;
  if (typeof realmAccess !== 'object' || realmAccess === null) return [];
  const roles = (realmAccess as { roles?: unknown }).roles;
  if (!Array.isArray(roles)) return [];
  const granted = new Set(roles.filter(isRole));
  return ROLES.filter((role) => granted.has(role));
}

/** Decodes (without verifying — the API does that) the payload of a JWT. */
export function decodeJwtPayload(token: string): unknown {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

export function rolesFromAccessToken(accessToken: string): Role[] {
  return rolesFromTokenPayload(decodeJwtPayload(accessToken));
}
