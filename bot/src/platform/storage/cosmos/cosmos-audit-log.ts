import type { Container } from '@azure/cosmos';
import type { AuditEntry } from '../../../kernel/audit/audit-entry.js';
import { DomainError, isDomainError } from '../../../kernel/domain-error.js';
import type { AuditLog } from '../../../kernel/audit/audit-log.js';
import { auditListLimit } from '../audit-list-limit.js';
import { VersionedDocumentStore, type DocumentKind } from './versioned-document-store.js';

/** `audit-entry` documents keyed by entry id, in the `audit` container. */
export const AUDIT_ENTRY_KIND: DocumentKind<AuditEntry> = {
  type: 'audit-entry',
  tenantIdOf: (entry) => entry.tenantId,
  keyOf: (entry) => [entry.id],
};

/**
 * AuditLog on the `audit` container. Append-only by construction: it only ever creates
 * documents (a repeated id keeps the first entry, never overwritten) and has no update or delete.
 */
export class CosmosAuditLog implements AuditLog {
  private readonly store: VersionedDocumentStore<AuditEntry>;

  constructor(container: Container) {
    this.store = new VersionedDocumentStore(container, AUDIT_ENTRY_KIND);
  }

  /** Writes the entry, or returns the one already under its id (409); DomainError('audit-failed') unless Cosmos confirmed either (fail closed). */
  async append(entry: AuditEntry): Promise<AuditEntry> {
    try {
      return (await this.store.create(entry)).value;
    } catch (error) {
      const recorded = isDomainError(error, 'conflict') ? await this.readQuietly(entry) : undefined;
      if (recorded) return recorded;
      throw new DomainError('audit-failed', 'The audit entry could not be written; the action must not go ahead.', {
        cause: error,
      });
    }
  }

  /** The tenant's entries, newest first; at most `limit` (default 100, max 1000). */
  async list(tenantId: string, options: { readonly limit?: number } = {}): Promise<AuditEntry[]> {
    const limit = auditListLimit(options.limit);
    const entries = await this.store.query(tenantId, { orderBy: 'c.data.at DESC', limit });
    return entries.map((entry) => entry.value);
  }

  /** The entry recorded under the id; undefined when even that cannot be confirmed (then the append failed). */
  private async readQuietly(entry: AuditEntry): Promise<AuditEntry | undefined> {
    try {
      return (await this.store.read(entry.tenantId, [entry.id]))?.value;
    } catch {
      return undefined;
    }
  }
}
