import type { AuditLog } from '../../kernel/audit/audit-log.js';
import type { ChannelBindingRepository } from '../../kernel/channels/channel-binding-repository.js';
import type { ConversationRepository } from '../../kernel/channels/conversation-repository.js';
import type { TenantRepository } from '../../kernel/tenants/tenant-repository.js';
import type { UnitRepository } from '../../kernel/units/unit-repository.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';

/** Told when an admin binds a channel to a unit (e.g. the settlement feature announces open settlements there). */
export type ChannelBoundListener = (tenantId: string, unitId: string) => Promise<void>;

/** Everything the channels feature works with; each handler takes only its part (a `Pick` of this). */
export interface ChannelDependencies {
  readonly tenants: TenantRepository;
  readonly users: UserRepository;
  readonly units: UnitRepository;
  readonly bindings: ChannelBindingRepository;
  readonly conversations: ConversationRepository;
  /** Append only: binding a channel is audited, the log is never read here. */
  readonly audit: Pick<AuditLog, 'append'>;
  readonly now: () => Date;
  /** Run after a binding is saved and audited, in order. */
  readonly onChannelBound: readonly ChannelBoundListener[];
}
