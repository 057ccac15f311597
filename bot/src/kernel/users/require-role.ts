import type { AppUser } from './app-user.js';
import { userError } from '../domain-error.js';
import { hasRole, type Role } from './role.js';

/** Throws forbidden unless the user holds one of the roles. */
export function requireAnyRole(user: AppUser, roles: readonly Role[], message: string): void {
  if (!roles.some((role) => hasRole(user.roles, role))) throw userError('forbidden', message);
}

/** True when the user may work the unit's flow: a member of the unit, or an admin. */
export function mayWorkUnit(user: AppUser, unitId: string): boolean {
  return hasRole(user.roles, 'admin') || hasRole(user.roles, 'unit-member', unitId);
}

/** True when the user sees every settlement: admin, coordinator or leader. */
export function seesAllSettlements(user: AppUser): boolean {
  return hasRole(user.roles, 'admin') || hasRole(user.roles, 'coordinator') || hasRole(user.roles, 'leader');
}

/** The units the user belongs to (unit-member roles), each once. */
export function unitsOf(user: AppUser): string[] {
  return [...new Set(user.roles.flatMap((role) => (role.unitId ? [role.unitId] : [])))];
}
