import { isDomainError } from '../../../kernel/domain-error.js';
import { formatSettlementReference, referenceYearAt } from '../domain/settlement-reference.js';
import type { SettlementServices } from '../settlement-services.js';
import { untilNothingLeft } from '../../../platform/jobs/until-nothing-left.js';

/** What {@link assignMissingReferences} uses. */
export type AssignMissingReferencesDeps = Pick<SettlementServices, 'settlements' | 'references'>;

/** Settlements numbered per housekeeping run and tenant; the rest wait for the next run. */
const BATCH = 50;
/** Replace rounds per settlement when an edit or cancellation races the backfill. */
const ATTEMPTS = 3;

/**
 * Housekeeping: gives every settlement registered before references existed its reference, oldest
 * registration first, numbered in the Oslo year it was registered in. Each write is If-Match on
 * the settlement's ETag and keeps its version (nothing the users changed), so a racing edit wins
 * and the settlement is numbered from its new state; one that already has a reference is never
 * touched. A number taken for a settlement that then got one another way is a gap, never reused.
 * Returns how many were numbered.
 */
export async function assignMissingReferences(services: AssignMissingReferencesDeps, tenantId: string): Promise<number> {
  const missing = await services.settlements.listWithoutReference(tenantId, BATCH);
  let assigned = 0;
  for (const found of missing) {
    const year = referenceYearAt(new Date(found.value.createdAt));
    const reference = formatSettlementReference(year, await services.references.next(tenantId, year));
    let current: typeof found | undefined = found;
    for (let attempt = 0; attempt < ATTEMPTS && current && current.value.reference === undefined; attempt += 1) {
      try {
        await services.settlements.replace({ ...current.value, reference }, current.etag);
        assigned += 1;
        break;
      } catch (error) {
        if (!isDomainError(error, 'conflict')) throw error;
        current = await services.settlements.get(tenantId, current.value.id);
      }
    }
  }
  return assigned;
}

/** {@link assignMissingReferences} as housekeeping: every new registration is numbered when it is made, so a tenant found complete is not checked again. */
export function referenceBackfill(services: AssignMissingReferencesDeps): (tenantId: string) => Promise<number> {
  return untilNothingLeft((tenantId) => assignMissingReferences(services, tenantId));
}
