import { DEFAULT_DIRECTORY_CACHE_TTL_MS } from './config.js';
import { CachedChannelBindingRepository } from '../platform/storage/cache/cached-channel-binding-repository.js';
import { CachedTenantRepository } from '../platform/storage/cache/cached-tenant-repository.js';
import { CachedUnitRepository } from '../platform/storage/cache/cached-unit-repository.js';
import { CachedUserRepository } from '../platform/storage/cache/cached-user-repository.js';
import type { StorageContainers } from '../platform/storage/cosmos/storage-layout.js';
import { CosmosAuditLog } from '../platform/storage/cosmos/cosmos-audit-log.js';
import { CosmosChannelBindingRepository } from '../platform/storage/cosmos/cosmos-channel-binding-repository.js';
import { CosmosConversationRepository } from '../platform/storage/cosmos/cosmos-conversation-repository.js';
import { CosmosTenantRepository } from '../platform/storage/cosmos/cosmos-tenant-repository.js';
import { CosmosUnitRepository } from '../platform/storage/cosmos/cosmos-unit-repository.js';
import { CosmosUserRepository } from '../platform/storage/cosmos/cosmos-user-repository.js';
import { CachedAffectedUnitRulesRepository } from '../features/settlement/storage/cached-affected-unit-rules-repository.js';
import { CachedRoutineTemplateRepository } from '../features/settlement/storage/cached-routine-template-repository.js';
import { CosmosAffectedUnitRulesRepository } from '../features/settlement/storage/cosmos-affected-unit-rules-repository.js';
import { CosmosPersonalDataRepository } from '../features/settlement/storage/cosmos-personal-data-repository.js';
import { CosmosRoutineTemplateRepository } from '../features/settlement/storage/cosmos-routine-template-repository.js';
import { CosmosSettlementReferenceCounter } from '../features/settlement/storage/cosmos-settlement-reference-counter.js';
import { CosmosSettlementRepository } from '../features/settlement/storage/cosmos-settlement-repository.js';
import { CosmosUnitFlowRepository } from '../features/settlement/storage/cosmos-unit-flow-repository.js';
import { OutboxSignal } from '../kernel/outbox/outbox-signal.js';
import { CosmosOutboxRepository } from '../platform/storage/cosmos/cosmos-outbox-repository.js';
import { CosmosTenantDirectory } from '../platform/storage/cosmos/cosmos-tenant-directory.js';

/** Options for {@link createRepositories}. */
export interface RepositoryOptions {
  /** How long tenants, users, units and channel bindings are cached, and the units' rules and routine templates (config `directoryCacheTtlMs`). */
  readonly directoryCacheTtlMs?: number;
}

/** All repositories over the Cosmos containers; what every request reads and rarely changes is cached. */
export function createRepositories(containers: StorageContainers, options: RepositoryOptions = {}) {
  const ttlMs = options.directoryCacheTtlMs ?? DEFAULT_DIRECTORY_CACHE_TTL_MS;
  // What this process queues wakes its own dispatcher (start-background-work.ts).
  const outboxSignal = new OutboxSignal();
  return {
    tenants: new CachedTenantRepository(new CosmosTenantRepository(containers.core), ttlMs),
    users: new CachedUserRepository(new CosmosUserRepository(containers.core), ttlMs),
    units: new CachedUnitRepository(new CosmosUnitRepository(containers.core), ttlMs),
    bindings: new CachedChannelBindingRepository(new CosmosChannelBindingRepository(containers.core), ttlMs),
    conversations: new CosmosConversationRepository(containers.core),
    audit: new CosmosAuditLog(containers.audit),
    settlements: new CosmosSettlementRepository(containers.core),
    references: new CosmosSettlementReferenceCounter(containers.core),
    personalData: new CosmosPersonalDataRepository(containers.personalData),
    flows: new CosmosUnitFlowRepository(containers.core),
    templates: new CachedRoutineTemplateRepository(new CosmosRoutineTemplateRepository(containers.core), ttlMs),
    rules: new CachedAffectedUnitRulesRepository(new CosmosAffectedUnitRulesRepository(containers.core), ttlMs),
    outbox: new CosmosOutboxRepository(containers.outbox, outboxSignal),
    outboxSignal,
    tenantDirectory: new CosmosTenantDirectory(containers.core),
  };
}

/** The repositories the app runs on. */
export type Repositories = ReturnType<typeof createRepositories>;
