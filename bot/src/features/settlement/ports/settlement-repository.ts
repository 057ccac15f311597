import type { Settlement } from '../domain/settlement.js';
import type { Versioned } from '../../../kernel/versioned.js';

/** Name-free settlement documents. */
export interface SettlementRepository {
  get(tenantId: string, settlementId: string): Promise<Versioned<Settlement> | undefined>;
  /** Newest arrival first. */
  list(tenantId: string, options?: { readonly limit?: number }): Promise<Settlement[]>;
  /** Creates; DomainError('conflict') if the id exists. */
  create(settlement: Settlement): Promise<Versioned<Settlement>>;
  /** Replaces if `etag` is current; DomainError('conflict') otherwise. */
  replace(settlement: Settlement, etag: string): Promise<Versioned<Settlement>>;
}
