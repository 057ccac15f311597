import type { AuditLog } from '../../kernel/audit/audit-log.js';
import type { AffectedUnitRulesRepository } from './ports/affected-unit-rules-repository.js';
import type { ChannelBindingRepository } from '../../kernel/channels/channel-binding-repository.js';
import type { PersonalDataRepository } from './ports/personal-data-repository.js';
import type { RoutineTemplateRepository } from './ports/routine-template-repository.js';
import type { SettlementReferenceCounter } from './ports/settlement-reference-counter.js';
import type { SettlementRepository } from './ports/settlement-repository.js';
import type { UnitFlowRepository } from './ports/unit-flow-repository.js';
import type { UnitRepository } from '../../kernel/units/unit-repository.js';
import type { TenantRepository } from '../../kernel/tenants/tenant-repository.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';
import type { OutboxRepository } from '../../kernel/outbox/outbox-repository.js';
import type { ChannelAnnouncements } from './delivery/channel-announcements.js';

/**
 * Everything the settlement feature works with; the entry point passes it in. Each use case takes
 * only its part (its `…Deps` type, a `Pick` of this), so this is what the module and routes pass on.
 */
export interface SettlementServices {
  readonly settlements: SettlementRepository;
  /** Numbers for the settlements' name-free references. */
  readonly references: SettlementReferenceCounter;
  readonly personalData: PersonalDataRepository;
  readonly flows: UnitFlowRepository;
  readonly templates: RoutineTemplateRepository;
  readonly rules: AffectedUnitRulesRepository;
  readonly units: UnitRepository;
  readonly users: UserRepository;
  readonly bindings: ChannelBindingRepository;
  /** Cached; the tenant's privacy settings decide how need counts are shown. */
  readonly tenants: TenantRepository;
  /** Append only: the feature writes audit entries (intents and reads of names), never reads them. */
  readonly audit: Pick<AuditLog, 'append'>;
  readonly announcements: ChannelAnnouncements;
  /** The outbox messages about settlements (subject type `settlement`), for the coordinator's delivery status per unit. */
  readonly deliveries: Pick<OutboxRepository, 'listForSubject' | 'listForSubjects' | 'listFailed' | 'get' | 'requeue'>;
  readonly now: () => Date;
  readonly newId: () => string;
}
