import type { Container, CosmosClient, Database } from '@azure/cosmos';
import { DomainError } from '../../../kernel/domain-error.js';
import { translateCosmosError } from './translate-cosmos-error.js';
import { CONTAINER_NAMES, DEFAULT_DATABASE_NAME, PARTITION_KEY_PATH, type StorageContainers } from './storage-layout.js';

/** Where Introteam keeps its data. */
export interface EnsureStorageOptions {
  /** Database name; `introteam` unless given. */
  readonly databaseName?: string;
}

/**
 * Creates the database and its containers when they are missing (idempotent) and returns the
 * containers. Never changes an existing container, but refuses one partitioned on another path.
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
    core: await ensureContainer(database, CONTAINER_NAMES.core),
    personalData: await ensureContainer(database, CONTAINER_NAMES.personalData),
    audit: await ensureContainer(database, CONTAINER_NAMES.audit),
    outbox: await ensureContainer(database, CONTAINER_NAMES.outbox),
  };
}

async function ensureContainer(database: Database, id: string): Promise<Container> {
  let response;
  try {
    response = await database.containers.createIfNotExists({ id, partitionKey: { paths: [PARTITION_KEY_PATH] } });
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
  return response.container;
}
