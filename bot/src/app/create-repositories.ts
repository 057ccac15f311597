import type { StorageContainers } from '../storage/cosmos/storage-layout.js';
import { CosmosAuditLog } from '../storage/cosmos/cosmos-audit-log.js';
import { CosmosChannelBindingRepository } from '../storage/cosmos/cosmos-channel-binding-repository.js';
import { CosmosConversationRepository } from '../storage/cosmos/cosmos-conversation-repository.js';
import { CosmosTenantRepository } from '../storage/cosmos/cosmos-tenant-repository.js';
import { CosmosUnitRepository } from '../storage/cosmos/cosmos-unit-repository.js';
import { CosmosUserRepository } from '../storage/cosmos/cosmos-user-repository.js';

/** All repositories over the Cosmos containers. */
export function createRepositories(containers: StorageContainers) {
  return {
    tenants: new CosmosTenantRepository(containers.core),
    users: new CosmosUserRepository(containers.core),
    units: new CosmosUnitRepository(containers.core),
    bindings: new CosmosChannelBindingRepository(containers.core),
    conversations: new CosmosConversationRepository(containers.core),
    audit: new CosmosAuditLog(containers.audit),
  };
}

/** The repositories the app runs on. */
export type Repositories = ReturnType<typeof createRepositories>;
