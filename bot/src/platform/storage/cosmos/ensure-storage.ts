import type { Container, CosmosClient, Database, IndexingPolicy } from '@azure/cosmos';
import { DomainError } from '../../../kernel/domain-error.js';
import { translateCosmosError } from './translate-cosmos-error.js';
import {
  COMPOSITE_INDEXES,
  CONTAINER_NAMES,
  DEFAULT_DATABASE_NAME,
  PARTITION_KEY_PATH,
  type CompositePath,
  type StorageContainers,
} from './storage-layout.js';

/** Where Introteam keeps its data. */
export interface EnsureStorageOptions {
  /** Database name; `introteam` unless given. */
  readonly databaseName?: string;
}

/**
 * Creates the database and its containers when they are missing (idempotent) and returns the
 * containers. An existing container only gains the composite indexes Introteam's queries need
 * (Azure Cosmos DB builds them online); one partitioned on another path is refused.
 */
export async function ensureStorage(client: CosmosClient, options: EnsureStorageOptions = {}): Promise<StorageContainers> {
  const databaseName = options.databaseName ?? DEFAULT_DATABASE_NAME;
  let database: Database;
  try {
    database = (await client.databases.createIfNotExists({ id: databaseName })).database;
  } catch (error) {
    throw translateCosmosError(error, 'create the database');
  }
  return {
    core: await ensureContainer(database, CONTAINER_NAMES.core, COMPOSITE_INDEXES.core),
    personalData: await ensureContainer(database, CONTAINER_NAMES.personalData),
    audit: await ensureContainer(database, CONTAINER_NAMES.audit, COMPOSITE_INDEXES.audit),
    outbox: await ensureContainer(database, CONTAINER_NAMES.outbox),
  };
}

async function ensureContainer(database: Database, id: string, compositeIndexes: readonly CompositePath[][] = []): Promise<Container> {
  let response;
  try {
    response = await database.containers.createIfNotExists({
      id,
      partitionKey: { paths: [PARTITION_KEY_PATH] },
      ...(compositeIndexes.length > 0 ? { indexingPolicy: indexingPolicyWith(undefined, compositeIndexes) } : {}),
    });
  } catch (error) {
    throw translateCosmosError(error, `create the container ${id}`);
  }
  const paths = response.resource?.partitionKey?.paths ?? [];
  if (paths.length !== 1 || paths[0] !== PARTITION_KEY_PATH) {
    throw new DomainError(
      'storage-unavailable',
      `The container ${id} in database ${database.id} is partitioned on ${paths.join(', ') || 'nothing'}, ` +
        `not ${PARTITION_KEY_PATH}. Delete it or point Introteam at another database.`,
    );
  }
  const current = response.resource?.indexingPolicy;
  const missing = compositeIndexes.filter((index) => !hasCompositeIndex(current, index));
  if (missing.length > 0 && response.resource) {
    try {
      await response.container.replace({ ...response.resource, indexingPolicy: indexingPolicyWith(current, missing) });
    } catch (error) {
      throw translateCosmosError(error, `add composite indexes to the container ${id}`);
    }
  }
  return response.container;
}

function indexingPolicyWith(current: IndexingPolicy | undefined, added: readonly CompositePath[][]): IndexingPolicy {
  const base: IndexingPolicy = current ?? { indexingMode: 'consistent', automatic: true, includedPaths: [{ path: '/*' }] };
  return { ...base, compositeIndexes: [...(base.compositeIndexes ?? []), ...added.map((index) => index.map((p) => ({ ...p })))] };
}

function hasCompositeIndex(policy: IndexingPolicy | undefined, index: readonly CompositePath[]): boolean {
  return (policy?.compositeIndexes ?? []).some(
    (existing) =>
      existing.length === index.length &&
      existing.every((p, i) => p.path === index[i]!.path && (p.order ?? 'ascending') === index[i]!.order),
  );
}
