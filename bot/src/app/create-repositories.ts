import type { StorageContainers } from '../storage/cosmos/storage-layout.js';
import { CosmosAuditLog } from '../storage/cosmos/cosmos-audit-log.js';
import { CosmosChannelBindingRepository } from '../storage/cosmos/cosmos-channel-binding-repository.js';
import { CosmosConversationRepository } from '../storage/cosmos/cosmos-conversation-repository.js';
import { CosmosTenantRepository } from '../storage/cosmos/cosmos-tenant-repository.js';
import { CosmosUnitRepository } from '../storage/cosmos/cosmos-unit-repository.js';
import { CosmosUserRepository } from '../storage/cosmos/cosmos-user-repository.js';
import { CosmosAffectedUnitRulesRepository } from '../storage/cosmos/cosmos-affected-unit-rules-repository.js';
import { CosmosPersonalDataRepository } from '../storage/cosmos/cosmos-personal-data-repository.js';
import { CosmosRoutineTemplateRepository } from '../storage/cosmos/cosmos-routine-template-repository.js';
import { CosmosSettlementRepository } from '../storage/cosmos/cosmos-settlement-repository.js';
import { CosmosUnitFlowRepository } from '../storage/cosmos/cosmos-unit-flow-repository.js';
import { CosmosOutboxRepository } from '../storage/cosmos/cosmos-outbox-repository.js';
import { CosmosTenantDirectory } from '../storage/cosmos/cosmos-tenant-directory.js';

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
