import type { RoleAssignment } from './role.js';

/** A member of the municipality's staff as Introteam knows them (never a programme participant). */
export interface AppUser {
  /** Entra object id (aadObjectId in Teams). */
  readonly id: string;
  readonly tenantId: string;
  readonly displayName: string;
  readonly roles: readonly RoleAssignment[];
}
