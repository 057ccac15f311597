import type { AuditLog } from '../../kernel/audit/audit-log.js';
import type { UnitRepository } from '../../kernel/units/unit-repository.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';
import type { SettlementRepository } from '../settlement/ports/settlement-repository.js';

/** What the audit log's routes need: the log, names for its ids, a clock and ids for the export's own entry. */
export interface AuditDependencies {
  readonly audit: AuditLog;
  readonly users: UserRepository;
  readonly units: UnitRepository;
  readonly settlements: Pick<SettlementRepository, 'listByIds'>;
  readonly now: () => Date;
  readonly newId: () => string;
  /**
   * The id of the settlement a typed reference names (`BOS-2026-014`, `2026-14`): `invalid` when the
   * text is no reference, undefined when no settlement has it. Wired by the app from the settlement feature.
   */
  readonly settlementIdForReference: (tenantId: string, text: string) => Promise<string | undefined | 'invalid'>;
}
