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
}
