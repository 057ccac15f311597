import type { AuditLog } from '../../kernel/audit/audit-log.js';
import type { ChannelBindingRepository } from '../../kernel/channels/channel-binding-repository.js';
import type { ConversationRepository } from '../../kernel/channels/conversation-repository.js';
import type { TenantRepository } from '../../kernel/tenants/tenant-repository.js';
import type { UnitRepository } from '../../kernel/units/unit-repository.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';

/** Told when an admin binds a channel to a unit (e.g. the settlement feature announces open settlements there). */
export type ChannelBoundListener = (tenantId: string, unitId: string) => Promise<void>;

/** What binding channels to units needs. */
export interface ChannelDependencies {
  readonly tenants: TenantRepository;
  readonly users: UserRepository;
  readonly units: UnitRepository;
  readonly bindings: ChannelBindingRepository;
  readonly conversations: ConversationRepository;
  readonly audit: AuditLog;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Run after a binding is saved and audited, in order. */
  readonly onChannelBound: readonly ChannelBoundListener[];
}
