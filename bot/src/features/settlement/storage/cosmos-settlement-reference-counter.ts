import type { Container } from '@azure/cosmos';
import { DomainError, isDomainError } from '../../../kernel/domain-error.js';
import type { SettlementReferenceCounter } from '../ports/settlement-reference-counter.js';
import { docId } from '../../../platform/storage/cosmos/document-id.js';
import type { StoredDocument } from '../../../platform/storage/cosmos/stored-document.js';
import { translateCosmosError } from '../../../platform/storage/cosmos/translate-cosmos-error.js';
import { VersionedDocumentStore, type DocumentKind } from '../../../platform/storage/cosmos/versioned-document-store.js';

/** The last number handed out in one tenant's year. */
export interface SettlementReferenceCounterDocument {
  readonly tenantId: string;
  readonly year: number;
  readonly last: number;
}

/** `settlement-reference-counter` documents in the core container, one per tenant and year. */
export const SETTLEMENT_REFERENCE_COUNTER_KIND: DocumentKind<SettlementReferenceCounterDocument> = {
  type: 'settlement-reference-counter',
  tenantIdOf: (counter) => counter.tenantId,
  keyOf: (counter) => [String(counter.year)],
};

/** Options of {@link CosmosSettlementReferenceCounter}. */
export interface SettlementReferenceCounterOptions {
  /** Rounds of patch-or-create (a round repeats only when the document was deleted or created meanwhile). */
  readonly maxAttempts?: number;
}

const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * The counter as one document per tenant and year, counted up by the database itself: a patch with
 * `incr` on `/data/last` is atomic (on Azure Cosmos DB, and on the embedded server, which applies a
 * patch in one step), so concurrent registrations never collide and each costs one round trip. The
 * year's first registration creates the document; if another created it first (409) it patches.
 * A number is taken once the patch succeeds, so a caller that then fails leaves a gap.
 */
export class CosmosSettlementReferenceCounter implements SettlementReferenceCounter {
  private readonly store: VersionedDocumentStore<SettlementReferenceCounterDocument>;
  private readonly maxAttempts: number;

  constructor(
    private readonly container: Container,
    options: SettlementReferenceCounterOptions = {},
  ) {
    this.store = new VersionedDocumentStore(container, SETTLEMENT_REFERENCE_COUNTER_KIND);
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  }

  /** The next number of the tenant's year (1 for the first). */
  async next(tenantId: string, year: number): Promise<number> {
    const id = docId(SETTLEMENT_REFERENCE_COUNTER_KIND.type, String(year));
    for (let attempt = 0; attempt < this.maxAttempts; attempt += 1) {
      try {
        const { resource } = await this.container
          .item(id, tenantId)
          .patch<StoredDocument<SettlementReferenceCounterDocument>>([{ op: 'incr', path: '/data/last', value: 1 }]);
        const last = resource?.data.last;
        if (typeof last !== 'number') throw new DomainError('storage-unavailable', 'The settlement reference counter answered without a number.');
        return last;
      } catch (error) {
        const translated = isDomainError(error) ? error : translateCosmosError(error, 'count up the settlement reference');
        if (translated.code !== 'not-found') throw translated;
      }
      try {
        return (await this.store.create({ tenantId, year, last: 1 })).value.last;
      } catch (error) {
        if (!isDomainError(error, 'conflict')) throw error; // created meanwhile by another registration: patch it
      }
    }
    throw new DomainError('storage-unavailable', `The settlement reference counter could not be counted up after ${this.maxAttempts} attempts.`);
  }
}
