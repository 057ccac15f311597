import type { AuditEntry } from './audit-entry.js';

/** The append-only audit log. `append` must throw if the entry was not durably written. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  list(tenantId: string, options?: { readonly limit?: number }): Promise<AuditEntry[]>;
}
