import { ROLE_LABELS, type Role } from '../users/role.js';

/** The Norwegian name of a task's responsible role: an app role's label, or the routine's own text (e.g. "Miljøarbeider"). */
export function ownerRoleLabel(ownerRole: string): string {
  return Object.hasOwn(ROLE_LABELS, ownerRole) ? ROLE_LABELS[ownerRole as Role] : ownerRole;
}
