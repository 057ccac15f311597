import type { Settlement } from '../domain/settlement.js';
import type { SettlementPage, SettlementPageQuery } from './settlement-page.js';
import type { Versioned } from '../../../kernel/versioned.js';

/** Name-free settlement documents. */
export interface SettlementRepository {
  get(tenantId: string, settlementId: string): Promise<Versioned<Settlement> | undefined>;
  /** Newest arrival first (ties by id), one page at a time; the cost of a page does not grow with the tenant's data. */
  listPage(tenantId: string, query: SettlementPageQuery): Promise<SettlementPage>;
  /** The settlements with these ids (at most 200, in no particular order); ids not found are left out. One query. */
  listByIds(tenantId: string, settlementIds: readonly string[]): Promise<Settlement[]>;
  /** Open settlements arriving on or after `today`, the soonest first (the start page); at most `limit`. */
  listUpcoming(tenantId: string, today: string, limit: number): Promise<Settlement[]>;
  /** Settlements registered before references existed, oldest first (at most `limit`), for housekeeping to number. */
  listWithoutReference(tenantId: string, limit: number): Promise<Versioned<Settlement>[]>;
  /** Creates; DomainError('conflict') if the id exists. */
  create(settlement: Settlement): Promise<Versioned<Settlement>>;
  /** Replaces if `etag` is current; DomainError('conflict') otherwise. */
  replace(settlement: Settlement, etag: string): Promise<Versioned<Settlement>>;
}
