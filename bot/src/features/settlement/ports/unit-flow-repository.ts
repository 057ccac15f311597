import type { UnitFlow } from '../domain/unit-flow.js';
import type { Versioned } from '../../../kernel/versioned.js';

/** Each unit's routine flow per settlement. */
export interface UnitFlowRepository {
  get(tenantId: string, settlementId: string, unitId: string): Promise<Versioned<UnitFlow> | undefined>;
  /** Creates; returns false (changing nothing) if the flow already exists. */
  createIfMissing(flow: UnitFlow): Promise<boolean>;
  /** Replaces if `etag` is current; DomainError('conflict') otherwise. */
  replace(flow: UnitFlow, etag: string): Promise<Versioned<UnitFlow>>;
  listForSettlement(tenantId: string, settlementId: string): Promise<UnitFlow[]>;
  /** The flows of several settlements in one query (the tab's list). */
  listForSettlements(tenantId: string, settlementIds: readonly string[]): Promise<UnitFlow[]>;
  /** Active flows of these units with open tasks, the earliest open due date first (the start page); at most `limit`. */
  listOpenForUnits(tenantId: string, unitIds: readonly string[], limit: number): Promise<UnitFlow[]>;
  /** Active flows with a task taken by the user and not done, the earliest open due date first; at most `limit`. */
  listTakenBy(tenantId: string, userId: string, limit: number): Promise<UnitFlow[]>;
  /** Active flows whose earliest open task was due before `today` (any order); at most `limit`. */
  listOverdue(tenantId: string, today: string, limit: number): Promise<UnitFlow[]>;
  /** Rewrites active flows stored before their index fields existed, a page at a time; resolves with how many. */
  indexUnindexedFlows(tenantId: string, pageSize: number): Promise<number>;
  /** One page of the tenant's active flows (for reminders), and the token for the next page (absent on the last). */
  listActivePage(
    tenantId: string,
    page: { readonly maxItemCount: number; readonly continuationToken?: string },
  ): Promise<{ readonly flows: Versioned<UnitFlow>[]; readonly continuationToken?: string }>;
}
