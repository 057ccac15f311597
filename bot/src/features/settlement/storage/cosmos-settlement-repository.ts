import type { Container } from '@azure/cosmos';
import type { SettlementRepository } from '../ports/settlement-repository.js';
import type { Settlement } from '../domain/settlement.js';
import type { Versioned } from '../../../kernel/versioned.js';
import { VersionedDocumentStore, type DocumentKind } from '../../../platform/storage/cosmos/versioned-document-store.js';

/** `settlement` documents in the core container (name-free by type). */
export const SETTLEMENT_KIND: DocumentKind<Settlement> = {
  type: 'settlement',
  tenantIdOf: (settlement) => settlement.tenantId,
  keyOf: (settlement) => [settlement.id],
};

/** SettlementRepository on the `core` container. */
export class CosmosSettlementRepository implements SettlementRepository {
  private readonly store: VersionedDocumentStore<Settlement>;

  constructor(container: Container) {
    this.store = new VersionedDocumentStore(container, SETTLEMENT_KIND);
  }

  /** The settlement with its ETag, or undefined. */
  get(tenantId: string, settlementId: string): Promise<Versioned<Settlement> | undefined> {
    return this.store.read(tenantId, [settlementId]);
  }

  /** Newest arrival date first. */
  async list(tenantId: string, options: { readonly limit?: number } = {}): Promise<Settlement[]> {
    const found = await this.store.query(tenantId, { orderBy: 'c.data.arrivalDate DESC', limit: options.limit ?? 200 });
    return found.map((item) => item.value);
  }

  /** Creates the settlement; conflict if it exists. */
  create(settlement: Settlement): Promise<Versioned<Settlement>> {
    return this.store.create(settlement);
  }

  /** Replaces with If-Match on the ETag. */
  replace(settlement: Settlement, etag: string): Promise<Versioned<Settlement>> {
    return this.store.replace(settlement, etag);
  }
}
