import type { AuditEntry } from './audit-entry.js';
import type { AuditPage, AuditPageQuery } from './audit-query.js';

/** The append-only audit log. */
export interface AuditLog {
  /**
   * Records the entry and returns what is recorded under its id: the entry itself, or the entry
   * recorded earlier with that id (a retried operation; it is never overwritten). Throws
   * DomainError('audit-failed') unless an entry with the id is durably recorded.
   */
  append(entry: AuditEntry): Promise<AuditEntry>;
  /** Newest first. */
  list(tenantId: string, options?: { readonly limit?: number }): Promise<AuditEntry[]>;
  /**
   * One page of the entries matching the filter, newest first with the id as tie-breaker, found by
   * keyset (an entry appended meanwhile never shifts a page); its cost does not grow with the log.
   */
  listPage(tenantId: string, query: AuditPageQuery): Promise<AuditPage<AuditEntry>>;
}
