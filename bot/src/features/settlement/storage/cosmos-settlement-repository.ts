import type { Container, SqlParameter } from '@azure/cosmos';
import { DomainError } from '../../../kernel/domain-error.js';
import type { SettlementPage, SettlementPageQuery } from '../ports/settlement-page.js';
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

/** Most settlements in one page. */
const MAX_IDS_PER_LOOKUP = 200;
const MAX_PAGE_SIZE = 100;

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

  /**
   * One page, newest arrival first with the id as tie-breaker (a composite index of the core
   * container), found by keyset: the page after a cursor starts strictly after it, so a settlement
   * added meanwhile never shifts a page (no repeats, no gaps among those already there).
   */
  async listPage(tenantId: string, query: SettlementPageQuery): Promise<SettlementPage> {
    if (!Number.isSafeInteger(query.limit) || query.limit < 1 || query.limit > MAX_PAGE_SIZE) {
      throw new DomainError('invalid-input', `A settlement page holds 1–${MAX_PAGE_SIZE} settlements.`);
    }
    if (query.affectingAnyOf?.length === 0) return { settlements: [] };
    const conditions: string[] = [];
    const parameters: SqlParameter[] = [];
    if (query.status) {
      conditions.push('c.data.status = @status');
      parameters.push({ name: '@status', value: query.status });
    }
    if (query.unitId) {
      conditions.push('ARRAY_CONTAINS(c.data.affectedUnitIds, @unitId)');
      parameters.push({ name: '@unitId', value: query.unitId });
    }
    if (query.arrivalMonth) {
      const { from, before } = monthRange(query.arrivalMonth);
      conditions.push('c.data.arrivalDate >= @arrivalFrom AND c.data.arrivalDate < @arrivalBefore');
      parameters.push({ name: '@arrivalFrom', value: from }, { name: '@arrivalBefore', value: before });
    }
    if (query.reference) {
      conditions.push('c.data.reference = @reference');
      parameters.push({ name: '@reference', value: query.reference });
    }
    if (query.changedSince) {
      // A settlement never changed since it was registered has no updatedAt.
      conditions.push('(c.data.updatedAt >= @changedSince OR (NOT IS_DEFINED(c.data.updatedAt) AND c.data.createdAt >= @changedSince))');
      parameters.push({ name: '@changedSince', value: query.changedSince });
    }
    if (query.affectingAnyOf) {
      const units = query.affectingAnyOf.map((unitId, i) => {
        parameters.push({ name: `@unit${i}`, value: unitId });
        return `ARRAY_CONTAINS(c.data.affectedUnitIds, @unit${i})`;
      });
      conditions.push(`(${units.join(' OR ')})`);
    }
    if (query.after) {
      conditions.push('(c.data.arrivalDate < @afterDate OR (c.data.arrivalDate = @afterDate AND c.data.id < @afterId))');
      parameters.push({ name: '@afterDate', value: query.after.arrivalDate }, { name: '@afterId', value: query.after.id });
    }
    const found = await this.store.query(tenantId, {
      ...(conditions.length > 0 ? { where: conditions.join(' AND '), parameters } : {}),
      orderBy: 'c.data.arrivalDate DESC, c.data.id DESC',
      // One more than the page tells whether another page follows.
      limit: query.limit + 1,
    });
    const settlements = found.slice(0, query.limit).map((item) => item.value);
    const last = settlements.at(-1);
    return found.length > query.limit && last ? { settlements, next: { arrivalDate: last.arrivalDate, id: last.id } } : { settlements };
  }

  /** The settlements with these ids, in one query (a page of the audit log names at most 200). */
  async listByIds(tenantId: string, settlementIds: readonly string[]): Promise<Settlement[]> {
    const ids = [...new Set(settlementIds)];
    if (ids.length === 0) return [];
    if (ids.length > MAX_IDS_PER_LOOKUP) throw new DomainError('invalid-input', `At most ${MAX_IDS_PER_LOOKUP} settlements per lookup.`);
    const found = await this.store.query(tenantId, {
      where: 'ARRAY_CONTAINS(@settlementIds, c.data.id)',
      parameters: [{ name: '@settlementIds', value: ids }],
    });
    return found.map((item) => item.value);
  }

  /** Open settlements arriving from today, soonest first. */
  async listUpcoming(tenantId: string, today: string, limit: number): Promise<Settlement[]> {
    const found = await this.store.query(tenantId, {
      where: "c.data.status = 'open' AND c.data.arrivalDate >= @today",
      parameters: [{ name: '@today', value: today }],
      orderBy: 'c.data.arrivalDate ASC',
      limit,
    });
    return found.map((item) => item.value);
  }

  /** Settlements without a reference, oldest registration first. */
  listWithoutReference(tenantId: string, limit: number): Promise<Versioned<Settlement>[]> {
    return this.store.query(tenantId, {
      where: 'NOT IS_DEFINED(c.data.reference)',
      orderBy: 'c.data.createdAt ASC',
      limit,
    });
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

/** The first day of a `yyyy-MM` month and the first day of the next. */
function monthRange(month: string): { from: string; before: string } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw new DomainError('invalid-input', 'An arrival month is yyyy-MM.');
  const year = Number(match[1]);
  const next = Number(match[2]) + 1;
  const before = next > 12 ? `${year + 1}-01-01` : `${year}-${String(next).padStart(2, '0')}-01`;
  return { from: `${month}-01`, before };
}
