import type { ChannelBindingRepository } from '../../kernel/channels/channel-binding-repository.js';
import type { TenantRepository } from '../../kernel/tenants/tenant-repository.js';
import type { UnitRepository } from '../../kernel/units/unit-repository.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';

/** What the workspace routes (units, channel bindings, the start card) need. */
export interface WorkspaceDependencies {
  readonly tenants: TenantRepository;
  readonly users: UserRepository;
  readonly units: UnitRepository;
  readonly bindings: ChannelBindingRepository;
}
