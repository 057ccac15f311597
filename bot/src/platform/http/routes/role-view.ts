import type { AppUser } from '../../../kernel/users/app-user.js';
import { ROLE_LABELS } from '../../../kernel/users/role.js';
import type { Unit } from '../../../kernel/units/unit.js';
import type { RoleView } from '../../../../../contract/session.js';

/** A user's roles with Norwegian labels and unit names, e.g. "Enhetsmedlem – Barnehage". */
export function roleViews(user: AppUser, units: readonly Unit[]): RoleView[] {
  return user.roles.map((assignment) => {
    const unitName = assignment.unitId ? units.find((u) => u.id === assignment.unitId)?.name : undefined;
    const label = unitName ? `${ROLE_LABELS[assignment.role]} – ${unitName}` : ROLE_LABELS[assignment.role];
    return { role: assignment.role, unitId: assignment.unitId, unitName, label };
  });
}
