import type { Container } from '@azure/cosmos';
import { checklistIndex } from '../../../kernel/checklist/checklist-index.js';
import { isDomainError } from '../../../kernel/domain-error.js';
import type { UnitFlowRepository } from '../ports/unit-flow-repository.js';
import type { UnitFlow } from '../domain/unit-flow.js';
import type { Versioned } from '../../../kernel/versioned.js';
import { VersionedDocumentStore, type DocumentKind } from '../../../platform/storage/cosmos/versioned-document-store.js';

/** `unit-flow` documents in the core container, one per (settlement, unit). */
export const UNIT_FLOW_KIND: DocumentKind<UnitFlow> = {
  type: 'unit-flow',
  tenantIdOf: (flow) => flow.tenantId,
  keyOf: (flow) => [flow.settlementId, flow.unitId],
  // The earliest open due date and who has taken what: the start page sorts and filters on these.
  indexOf: (flow) => ({ ...checklistIndex(flow) }),
};

const OPEN = "c.data.status = 'active' AND IS_STRING(c.index.nextOpenDueDate)";

/** UnitFlowRepository on the `core` container. */
export class CosmosUnitFlowRepository implements UnitFlowRepository {
  private readonly store: VersionedDocumentStore<UnitFlow>;

  constructor(container: Container) {
    this.store = new VersionedDocumentStore(container, UNIT_FLOW_KIND);
  }

  /** The flow with its ETag, or undefined. */
  get(tenantId: string, settlementId: string, unitId: string): Promise<Versioned<UnitFlow> | undefined> {
    return this.store.read(tenantId, [settlementId, unitId]);
  }

  /** Creates the flow unless it exists (a resumed registration starts no flow twice). */
  async createIfMissing(flow: UnitFlow): Promise<boolean> {
    try {
      await this.store.create(flow);
      return true;
    } catch (error) {
      if (isDomainError(error, 'conflict')) return false;
      throw error;
    }
  }

  /** Replaces with If-Match on the ETag. */
  replace(flow: UnitFlow, etag: string): Promise<Versioned<UnitFlow>> {
    return this.store.replace(flow, etag);
  }

  /** The settlement's flows, by unit id. */
  async listForSettlement(tenantId: string, settlementId: string): Promise<UnitFlow[]> {
    const found = await this.store.query(tenantId, {
      where: 'c.data.settlementId = @settlementId',
      parameters: [{ name: '@settlementId', value: settlementId }],
      orderBy: 'c.data.unitId',
    });
    return found.map((item) => item.value);
  }

  /** The flows of several settlements in one single-partition query. */
  async listForSettlements(tenantId: string, settlementIds: readonly string[]): Promise<UnitFlow[]> {
    if (settlementIds.length === 0) return [];
    const found = await this.store.query(tenantId, {
      where: 'ARRAY_CONTAINS(@settlementIds, c.data.settlementId)',
      parameters: [{ name: '@settlementIds', value: [...settlementIds] }],
    });
    return found.map((item) => item.value);
  }

  /** Active flows of the units with open tasks, earliest open due date first. */
  async listOpenForUnits(tenantId: string, unitIds: readonly string[], limit: number): Promise<UnitFlow[]> {
    if (unitIds.length === 0) return [];
    const found = await this.store.query(tenantId, {
      where: `${OPEN} AND ARRAY_CONTAINS(@unitIds, c.data.unitId)`,
      parameters: [{ name: '@unitIds', value: [...unitIds] }],
      orderBy: 'c.index.nextOpenDueDate ASC',
      limit,
    });
    return found.map((item) => item.value);
  }

  /** Active flows with a task the user has taken, earliest open due date first. */
  async listTakenBy(tenantId: string, userId: string, limit: number): Promise<UnitFlow[]> {
    const found = await this.store.query(tenantId, {
      where: `${OPEN} AND ARRAY_CONTAINS(c.index.takenByIds, @userId)`,
      parameters: [{ name: '@userId', value: userId }],
      orderBy: 'c.index.nextOpenDueDate ASC',
      limit,
    });
    return found.map((item) => item.value);
  }

  /** Active flows with an overdue task. */
  async listOverdue(tenantId: string, today: string, limit: number): Promise<UnitFlow[]> {
    const found = await this.store.query(tenantId, {
      where: `${OPEN} AND c.index.nextOpenDueDate < @today`,
      parameters: [{ name: '@today', value: today }],
      limit,
    });
    return found.map((item) => item.value);
  }

  /** Rewrites (If-Match) active flows without index fields, `pageSize` at a time until none is left; a flow changed meanwhile already has them. */
  async indexUnindexedFlows(tenantId: string, pageSize: number): Promise<number> {
    let rewritten = 0;
    for (;;) {
      const page = await this.store.query(tenantId, { where: "c.data.status = 'active' AND NOT IS_DEFINED(c.index)", limit: pageSize });
      let progressed = false;
      for (const flow of page) {
        try {
          await this.store.replace(flow.value, flow.etag);
          rewritten += 1;
          progressed = true;
        } catch (error) {
          if (!isDomainError(error, 'conflict')) throw error;
          progressed = true; // rewritten by its own change meanwhile, with the index
        }
      }
      if (page.length < pageSize || !progressed) return rewritten;
    }
  }

  /** A page of the tenant's active flows, with ETags, continued by the Cosmos continuation token. */
  async listActivePage(
    tenantId: string,
    page: { readonly maxItemCount: number; readonly continuationToken?: string },
  ): Promise<{ readonly flows: Versioned<UnitFlow>[]; readonly continuationToken?: string }> {
    const found = await this.store.queryPage(tenantId, { where: "c.data.status = 'active'" }, page);
    return { flows: found.items, ...(found.continuationToken ? { continuationToken: found.continuationToken } : {}) };
  }
}
