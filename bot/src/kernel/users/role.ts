/** Roles a person can hold in a tenant; `unit-member` is always tied to one unit. */
export const ROLES = ['admin', 'coordinator', 'leader', 'adviser', 'teacher', 'unit-member'] as const;

/** One of the roles in {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** A role as held by one user, with the unit it applies to where the role is unit-bound. */
export interface RoleAssignment {
  readonly role: Role;
  /** Unit id, required for `unit-member`, optional for the others (e.g. a leader of one school). */
  readonly unitId?: string;
}

/** Norwegian display names of the roles. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'Administrator',
  coordinator: 'Bosettingskoordinator',
  leader: 'Leder',
  adviser: 'Programrådgiver',
  teacher: 'Kontaktlærer',
  'unit-member': 'Enhetsmedlem',
};

/** True when the assignments include the role (for any unit, or for the given unit). */
export function hasRole(assignments: readonly RoleAssignment[], role: Role, unitId?: string): boolean {
  return assignments.some((a) => a.role === role && (unitId === undefined || a.unitId === unitId));
}
