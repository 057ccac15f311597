import type { Container } from '@azure/cosmos';
import type { AuditEntry } from '../../../kernel/audit/audit-entry.js';
import { DomainError, isDomainError } from '../../../kernel/domain-error.js';
import type { AuditLog } from '../../../kernel/audit/audit-log.js';
import { MAX_AUDIT_PAGE_SIZE, type AuditPage, type AuditPageQuery } from '../../../kernel/audit/audit-query.js';
import type { SqlParameter } from '@azure/cosmos';
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

  /** One page, newest first with the id as tie-breaker (a composite index of the audit container), found by keyset. */
  async listPage(tenantId: string, query: AuditPageQuery): Promise<AuditPage<AuditEntry>> {
    if (!Number.isSafeInteger(query.limit) || query.limit < 1 || query.limit > MAX_AUDIT_PAGE_SIZE) {
      throw new DomainError('invalid-input', `An audit page holds 1–${MAX_AUDIT_PAGE_SIZE} entries.`);
    }
    const { filter } = query;
    const conditions: string[] = [];
    const parameters: SqlParameter[] = [];
    const where = (condition: string, ...values: SqlParameter[]): void => {
      conditions.push(condition);
      parameters.push(...values);
    };
    if (filter.settlementId !== undefined) where('c.data.resource = @resource', { name: '@resource', value: `settlement:${filter.settlementId}` });
    if (filter.actorId !== undefined) where('c.data.actorId = @actorId', { name: '@actorId', value: filter.actorId });
    if (filter.action !== undefined) where('c.data.action = @action', { name: '@action', value: filter.action });
    if (filter.fromAt !== undefined) where('c.data.at >= @fromAt', { name: '@fromAt', value: filter.fromAt });
    if (filter.toAt !== undefined) where('c.data.at < @toAt', { name: '@toAt', value: filter.toAt });
    if (filter.minPersons !== undefined) {
      where(
        '((IS_NUMBER(c.data.details.persons) AND c.data.details.persons >= @minPersons) OR ' +
          '(IS_ARRAY(c.data.details.personIds) AND ARRAY_LENGTH(c.data.details.personIds) >= @minPersons))',
        { name: '@minPersons', value: filter.minPersons },
      );
    }
    if (query.after) {
      where(
        '(c.data.at < @afterAt OR (c.data.at = @afterAt AND c.data.id < @afterId))',
        { name: '@afterAt', value: query.after.at },
        { name: '@afterId', value: query.after.id },
      );
    }
    const found = await this.store.query(tenantId, {
      ...(conditions.length > 0 ? { where: conditions.join(' AND '), parameters } : {}),
      orderBy: 'c.data.at DESC, c.data.id DESC',
      // One more than the page tells whether another page follows.
      limit: query.limit + 1,
    });
    const entries = found.slice(0, query.limit).map((item) => item.value);
    const last = entries.at(-1);
    return found.length > query.limit && last ? { entries, next: { at: last.at, id: last.id } } : { entries };
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
