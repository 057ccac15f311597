import type { AuditEntry } from '../../../bot/src/kernel/audit/audit-entry.js';
import { DomainError } from '../../../bot/src/kernel/domain-error.js';
import type { AuditLog } from '../../../bot/src/kernel/audit/audit-log.js';
import { auditListLimit } from '../../../bot/src/platform/storage/audit-list-limit.js';
import { MAX_AUDIT_PAGE_SIZE, type AuditFilter, type AuditPage, type AuditPageQuery } from '../../../bot/src/kernel/audit/audit-query.js';
import { compareStrings, InMemoryVersionedMap } from './in-memory-versioned-map.js';

/** AuditLog in memory, append-only, for unit tests; `failAppends()` makes it fail closed like a broken store. */
export class InMemoryAuditLog implements AuditLog {
  private readonly entries = new InMemoryVersionedMap<AuditEntry>();
  private failing = false;

  /** From now on every append throws DomainError('audit-failed') (or works again with `false`). */
  failAppends(failing = true): void {
    this.failing = failing;
  }

  /** Stores the entry, or returns the one already under its id; DomainError('audit-failed') when failing. */
  async append(entry: AuditEntry): Promise<AuditEntry> {
    if (this.failing) {
      throw new DomainError('audit-failed', 'The audit entry could not be written; the action must not go ahead.', {
        cause: new DomainError('storage-unavailable', 'The in-memory audit log was told to fail.'),
      });
    }
    const recorded = this.entries.read(entry.tenantId, [entry.id]);
    return recorded ? recorded.value : this.entries.create(entry.tenantId, [entry.id], entry).value;
  }

  /** The tenant's entries, newest first; at most `limit` (default 100, max 1000). */
  async list(tenantId: string, options: { readonly limit?: number } = {}): Promise<AuditEntry[]> {
    const limit = auditListLimit(options.limit);
    return this.entries
      .values(tenantId)
      .sort((a, b) => compareStrings(b.at, a.at))
      .slice(0, limit);
  }

  /** One page of the matching entries, newest first, ties by id (descending), after the cursor. */
  async listPage(tenantId: string, query: AuditPageQuery): Promise<AuditPage<AuditEntry>> {
    if (!Number.isSafeInteger(query.limit) || query.limit < 1 || query.limit > MAX_AUDIT_PAGE_SIZE) {
      throw new DomainError('invalid-input', `An audit page holds 1–${MAX_AUDIT_PAGE_SIZE} entries.`);
    }
    const { after } = query;
    const matching = this.entries
      .values(tenantId)
      .filter((entry) => matches(entry, query.filter))
      .filter((entry) => !after || entry.at < after.at || (entry.at === after.at && entry.id < after.id))
      .sort((a, b) => compareStrings(b.at, a.at) || compareStrings(b.id, a.id));
    const entries = matching.slice(0, query.limit);
    const last = entries.at(-1);
    return matching.length > query.limit && last ? { entries, next: { at: last.at, id: last.id } } : { entries };
  }
}

function matches(entry: AuditEntry, filter: AuditFilter): boolean {
  const persons = entry.details?.persons;
  const personIds = entry.details?.personIds;
  const count = typeof persons === 'number' ? persons : Array.isArray(personIds) ? personIds.length : undefined;
  return (
    (filter.settlementId === undefined || entry.resource === `settlement:${filter.settlementId}`) &&
    (filter.actorId === undefined || entry.actorId === filter.actorId) &&
    (filter.action === undefined || entry.action === filter.action) &&
    (filter.fromAt === undefined || entry.at >= filter.fromAt) &&
    (filter.toAt === undefined || entry.at < filter.toAt) &&
    (filter.minPersons === undefined || (count !== undefined && count >= filter.minPersons))
  );
}
