export { canCreatePartner, canEditPartner, canWriteInPlace, type AccessFacts } from './access';
export { AuthContext, type AuthContextValue, type AuthStatus, type AuthUser } from './auth-context';
export { AuthProvider } from './auth-provider';
export { safeReturnTo } from './return-to';
export { ROLES, decodeJwtPayload, roleLabel, rolesFromAccessToken, rolesFromTokenPayload, type Role } from './roles';
export { useAuth } from './use-auth';
export { CALLBACK_PATH, accessTokenFrom, createUserManager } from './user-manager';
