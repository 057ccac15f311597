import type { StorageContainers } from '../platform/storage/cosmos/storage-layout.js';
import { CosmosAuditLog } from '../platform/storage/cosmos/cosmos-audit-log.js';
import { CosmosChannelBindingRepository } from '../platform/storage/cosmos/cosmos-channel-binding-repository.js';
import { CosmosConversationRepository } from '../platform/storage/cosmos/cosmos-conversation-repository.js';
import { CosmosTenantRepository } from '../platform/storage/cosmos/cosmos-tenant-repository.js';
import { CosmosUnitRepository } from '../platform/storage/cosmos/cosmos-unit-repository.js';
import { CosmosUserRepository } from '../platform/storage/cosmos/cosmos-user-repository.js';
import { CosmosAffectedUnitRulesRepository } from '../features/settlement/storage/cosmos-affected-unit-rules-repository.js';
import { CosmosPersonalDataRepository } from '../features/settlement/storage/cosmos-personal-data-repository.js';
import { CosmosRoutineTemplateRepository } from '../features/settlement/storage/cosmos-routine-template-repository.js';
import { CosmosSettlementRepository } from '../features/settlement/storage/cosmos-settlement-repository.js';
import { CosmosUnitFlowRepository } from '../features/settlement/storage/cosmos-unit-flow-repository.js';
import { CosmosOutboxRepository } from '../platform/storage/cosmos/cosmos-outbox-repository.js';
import { CosmosTenantDirectory } from '../platform/storage/cosmos/cosmos-tenant-directory.js';

/** All repositories over the Cosmos containers. */
export function createRepositories(containers: StorageContainers) {
  return {
    tenants: new CosmosTenantRepository(containers.core),
    users: new CosmosUserRepository(containers.core),
    units: new CosmosUnitRepository(containers.core),
    bindings: new CosmosChannelBindingRepository(containers.core),
    conversations: new CosmosConversationRepository(containers.core),
    audit: new CosmosAuditLog(containers.audit),
    settlements: new CosmosSettlementRepository(containers.core),
    personalData: new CosmosPersonalDataRepository(containers.personalData),
    flows: new CosmosUnitFlowRepository(containers.core),
    templates: new CosmosRoutineTemplateRepository(containers.core),
    rules: new CosmosAffectedUnitRulesRepository(containers.core),
    outbox: new CosmosOutboxRepository(containers.outbox),
    tenantDirectory: new CosmosTenantDirectory(containers.core),
  };
}

/** The repositories the app runs on. */
export type Repositories = ReturnType<typeof createRepositories>;
