import type { AuditLog } from '../domain/ports/audit-log.js';
import type { AffectedUnitRulesRepository } from '../domain/ports/affected-unit-rules-repository.js';
import type { ChannelBindingRepository } from '../domain/ports/channel-binding-repository.js';
import type { PersonalDataRepository } from '../domain/ports/personal-data-repository.js';
import type { RoutineTemplateRepository } from '../domain/ports/routine-template-repository.js';
import type { SettlementRepository } from '../domain/ports/settlement-repository.js';
import type { UnitFlowRepository } from '../domain/ports/unit-flow-repository.js';
import type { UnitRepository } from '../domain/ports/unit-repository.js';
import type { UserRepository } from '../domain/ports/user-repository.js';
import type { Logger } from '../logging/logger.js';
import type { OutboxRepository } from '../domain/ports/outbox-repository.js';
import type { ChannelAnnouncements } from './channel-announcements.js';

/** What the settlement use cases work with; the entry point passes them in. */
export interface SettlementServices {
  readonly settlements: SettlementRepository;
  readonly personalData: PersonalDataRepository;
  readonly flows: UnitFlowRepository;
  readonly templates: RoutineTemplateRepository;
  readonly rules: AffectedUnitRulesRepository;
  readonly units: UnitRepository;
  readonly users: UserRepository;
  readonly bindings: ChannelBindingRepository;
  readonly audit: AuditLog;
  readonly announcements: ChannelAnnouncements;
  /** The outbox messages of a settlement, for the coordinator's delivery status per unit. */
  readonly deliveries: Pick<OutboxRepository, 'listForSettlement' | 'listForSettlements' | 'get' | 'requeue'>;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly newId: () => string;
}
