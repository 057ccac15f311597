import type { RoleView } from '../../../contract/session.js';

/** The text shown for one role, e.g. "Enhetsmedlem – NAV"; the unit is not repeated if the label already names it. */
export function formatRoleLabel(role: RoleView): string {
  const label = role.label.trim() || role.role;
  const unit = role.unitName?.trim();
  if (!unit || label.toLowerCase().includes(unit.toLowerCase())) return label;
  return `${label} – ${unit}`;
}

/** All roles as one comma-separated line, or "Ingen roller" when there are none. */
export function formatRoleSummary(roles: readonly RoleView[]): string {
  return roles.length === 0 ? 'Ingen roller' : roles.map(formatRoleLabel).join(', ');
}
