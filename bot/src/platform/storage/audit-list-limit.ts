import { DomainError } from '../../kernel/domain-error.js';

/** How many entries `AuditLog.list` returns when no limit is given. */
export const DEFAULT_AUDIT_LIST_LIMIT = 100;

/** The largest limit `AuditLog.list` accepts. */
export const MAX_AUDIT_LIST_LIMIT = 1000;

/** The effective `AuditLog.list` limit; DomainError('invalid-input') unless an integer from 1 to 1000. */
export function auditListLimit(limit: number | undefined): number {
  if (limit === undefined) {
    return DEFAULT_AUDIT_LIST_LIMIT;
  }
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_AUDIT_LIST_LIMIT) {
    throw new DomainError('invalid-input', `An audit list limit must be an integer from 1 to ${MAX_AUDIT_LIST_LIMIT}.`);
  }
  return limit;
}
