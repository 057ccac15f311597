import type { AuditEntry } from './audit-entry.js';

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
}
