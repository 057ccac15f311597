import type { Container } from '@azure/cosmos';
import { DomainError, isDomainError } from '../../../kernel/domain-error.js';
import type { SettlementReferenceCounter } from '../ports/settlement-reference-counter.js';
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
  /** Read–write rounds before giving up with `conflict`; enough for a burst of registrations at once. */
  readonly maxAttempts?: number;
  /** Waits before the next round after a conflict (ms); tests pass a recorder. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** 0 ≤ value < 1; spreads the writers that lost a round apart. */
  readonly random?: () => number;
}

const DEFAULT_MAX_ATTEMPTS = 40;
/** The longest wait between two rounds (ms). */
const MAX_BACKOFF_MS = 200;

/**
 * The counter as one document per tenant and year: read → +1 → create, or replace with If-Match,
 * and on a conflict (another registration took the number) wait a random, growing while and try
 * again. A number is taken once its write succeeds, so a caller that then fails leaves a gap.
 */
export class CosmosSettlementReferenceCounter implements SettlementReferenceCounter {
  private readonly store: VersionedDocumentStore<SettlementReferenceCounterDocument>;
  private readonly maxAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(container: Container, options: SettlementReferenceCounterOptions = {}) {
    this.store = new VersionedDocumentStore(container, SETTLEMENT_REFERENCE_COUNTER_KIND);
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  /** The next number of the tenant's year (1 for the first). */
  async next(tenantId: string, year: number): Promise<number> {
    const key = [String(year)];
    let lastConflict: DomainError | undefined;
    for (let attempt = 0; attempt < this.maxAttempts; attempt += 1) {
      if (attempt > 0) await this.sleep(Math.floor(this.random() * Math.min(MAX_BACKOFF_MS, 5 * 2 ** attempt)));
      const current = await this.store.read(tenantId, key);
      const next = { tenantId, year, last: (current?.value.last ?? 0) + 1 };
      try {
        const written = current === undefined ? await this.store.create(next) : await this.store.replace(next, current.etag);
        return written.value.last;
      } catch (error) {
        if (!isDomainError(error, 'conflict')) throw error;
        lastConflict = error;
      }
    }
    throw new DomainError(
      'storage-unavailable',
      `The settlement reference counter kept changing; gave up after ${this.maxAttempts} attempts.`,
      {
        cause: lastConflict,
      },
    );
  }
}
