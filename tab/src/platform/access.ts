import type { RoleView } from '../../../contract/session.js';

/** A link in the header navigation. */
export interface NavItem {
  /** Route path, e.g. `/bosettinger`. */
  readonly path: string;
  readonly label: string;
  readonly testId: string;
}

const has = (roles: readonly RoleView[], ...names: string[]): boolean => roles.some((role) => names.includes(role.role));

/** Admins change rules and routine templates. */
export function isAdmin(roles: readonly RoleView[]): boolean {
  return has(roles, 'admin');
}

/** Coordinators and admins register, edit and cancel settlements. */
export function canManageSettlements(roles: readonly RoleView[]): boolean {
  return has(roles, 'coordinator', 'admin');
}

/** Coordinators and admins read the audit log. */
export function canReadAudit(roles: readonly RoleView[]): boolean {
  return has(roles, 'coordinator', 'admin');
}

/**
 * Whether to offer work on a unit's flow and its secure zone: a member of that unit, or an admin
 * (the server's rule, `mayWorkUnit`). Coordinators see every unit but work only in their own.
 * Only decides what the tab shows; the server enforces access.
 */
export function canWorkInUnit(roles: readonly RoleView[], unitId: string): boolean {
  return isAdmin(roles) || roles.some((role) => role.role === 'unit-member' && role.unitId === unitId);
}

/** The header links the roles give access to; everyone signed in sees the overview and settlements. */
export function navItems(roles: readonly RoleView[]): NavItem[] {
  const items: NavItem[] = [
    { path: '/', label: 'Oversikt', testId: 'nav-home' },
    { path: '/bosettinger', label: 'Bosettinger', testId: 'nav-settlements' },
  ];
  if (isAdmin(roles)) {
    items.push({ path: '/admin/regler', label: 'Berørte enheter', testId: 'nav-rules' });
    items.push({ path: '/admin/rutiner', label: 'Rutiner', testId: 'nav-routines' });
    items.push({ path: '/admin/personvern', label: 'Personvern', testId: 'nav-privacy' });
  }
  if (canReadAudit(roles)) items.push({ path: '/revisjon', label: 'Revisjonslogg', testId: 'nav-audit' });
  return items;
}

/** The nav item a route path belongs to (the longest matching prefix), for `aria-current`. */
export function currentNavPath(items: readonly NavItem[], path: string): string | undefined {
  const matches = items.filter((item) => path === item.path || (item.path !== '/' && path.startsWith(`${item.path}/`)));
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
