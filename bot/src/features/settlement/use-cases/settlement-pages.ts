import type { Settlement } from '../domain/settlement.js';
import type { SettlementPageQuery } from '../ports/settlement-page.js';
import type { SettlementRepository } from '../ports/settlement-repository.js';

/** Settlements per page when a job walks through all of a tenant's settlements. */
const JOB_PAGE_SIZE = 100;

/** Every matching settlement of the tenant, a page at a time (for jobs that must see all, not the first page). */
export async function* settlementPages(
  settlements: Pick<SettlementRepository, 'listPage'>,
  tenantId: string,
  query: Omit<SettlementPageQuery, 'limit' | 'after'> = {},
): AsyncGenerator<Settlement[]> {
  let after: SettlementPageQuery['after'];
  do {
    const page = await settlements.listPage(tenantId, { ...query, limit: JOB_PAGE_SIZE, ...(after ? { after } : {}) });
    if (page.settlements.length > 0) yield page.settlements;
    after = page.next;
  } while (after);
}
