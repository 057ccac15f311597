import type { AuditLog } from '../../kernel/audit/audit-log.js';
import type { ChannelBindingRepository } from '../../kernel/channels/channel-binding-repository.js';
import type { ConversationRepository } from '../../kernel/channels/conversation-repository.js';
import type { TenantRepository } from '../../kernel/tenants/tenant-repository.js';
import type { UnitRepository } from '../../kernel/units/unit-repository.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';
import type { Logger } from '../logging/logger.js';
import type { TabLinkOptions } from '../../features/settlement/use-cases/secure-zone-link.js';
import type { SettlementServices } from '../../features/settlement/settlement-services.js';

/** Everything the bot needs, passed in by the entry point. */
export interface BotDependencies {
  readonly tenants: TenantRepository;
  readonly users: UserRepository;
  readonly units: UnitRepository;
  readonly bindings: ChannelBindingRepository;
  readonly conversations: ConversationRepository;
  readonly audit: AuditLog;
  readonly logger: Logger;
  /** Absolute URL of the tab, for links in cards. */
  readonly tabUrl: string;
  /** Current time; injectable for tests. */
  readonly now: () => Date;
  /** New unique ids (audit entries). */
  readonly newId: () => string;
  /** Settlement use cases, for the task verbs on settlement cards. */
  readonly settlementServices: SettlementServices;
  /** How links into the tab are built. */
  readonly links: TabLinkOptions;
}
