import path from 'node:path';
import type { CosmosClient } from '@azure/cosmos';
import type { CosmosConfig } from '../../app/config.js';
import type { Logger } from '../logging/logger.js';
import { createCosmosClient, type CosmosTokenCredential } from './cosmos/create-cosmos-client.js';
import { ensureStorage } from './cosmos/ensure-storage.js';
import { translateCosmosError } from './cosmos/translate-cosmos-error.js';
import type { StorageContainers } from './cosmos/storage-layout.js';
import { startEmbeddedCosmos } from './embedded/start-embedded-cosmos.js';
import { startSnapshotSchedule } from './embedded/snapshot-schedule.js';
import { loadSnapshot } from './embedded/snapshot-store.js';

/** Open storage: the containers, a health check, and how to close it (saving the local snapshot). */
export interface OpenStorage {
  readonly client: CosmosClient;
  readonly containers: StorageContainers;
  /** Reads the database; throws when Cosmos does not answer. */
  checkHealth(): Promise<void>;
  close(): Promise<void>;
}

/** Options for {@link openStorage}. */
export interface OpenStorageOptions {
  readonly cosmos: CosmosConfig;
  readonly logger: Logger;
  /** Fixed port for the embedded server (0 = any free port). */
  readonly embeddedPort?: number;
  /** How often the embedded server's data is saved to disk. */
  readonly snapshotIntervalMs?: number;
}

/** Connects to Azure Cosmos DB, or starts the embedded server and reloads its snapshot from the data folder. */
export async function openStorage(options: OpenStorageOptions): Promise<OpenStorage> {
  const { cosmos, logger } = options;
  if (cosmos.kind === 'remote') {
    const client = createCosmosClient(
      cosmos.key
        ? { endpoint: cosmos.endpoint, key: cosmos.key }
        : { endpoint: cosmos.endpoint, credential: await createManagedIdentityCredential() },
    );
    const containers = await ensureStorage(client, { databaseName: cosmos.databaseName });
    return { client, containers, checkHealth: () => readDatabase(client, cosmos.databaseName), close: async () => client.dispose() };
  }
  const server = await startEmbeddedCosmos({ port: options.embeddedPort ?? 0 });
  const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, trustSelfSignedCertificate: true });
  const filePath = path.resolve(cosmos.dataDir, 'cosmos', 'snapshot.json');
  // Containers first, with today's indexing policy, then the documents into them: replacing a
  // container's policy afterwards would empty it on the embedded server (Azure keeps the documents).
  const containers = await ensureStorage(client, { databaseName: cosmos.databaseName }).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const loaded = await loadSnapshot(server.data, filePath).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  logger.info({ filePath, documents: loaded?.documents ?? 0 }, loaded ? 'lokale data lastet inn' : 'ingen lokale data ennå – starter tomt');
  const schedule = startSnapshotSchedule({
    data: server.data,
    changeMarker: server.writeCount,
    // The file holds what was just loaded, so no save until something is written.
    ...(loaded === undefined ? {} : { savedMarker: server.writeCount() }),
    databaseName: cosmos.databaseName,
    filePath,
    intervalMs: options.snapshotIntervalMs ?? 15_000,
    log: (message, details) => logger.warn(details, message),
  });
  return {
    client,
    containers,
    checkHealth: () => readDatabase(client, cosmos.databaseName),
    close: async () => {
      await schedule.stop();
      client.dispose();
      await server.stop();
    },
  };
}

/**
 * `@azure/identity` is loaded only here, when Azure Cosmos DB is reached without a key: it is
 * large (about a fifth of the start-up's imports) and never needed with the embedded server.
 */
export async function createManagedIdentityCredential(): Promise<CosmosTokenCredential> {
  const { DefaultAzureCredential } = await import('@azure/identity');
  return new DefaultAzureCredential();
}

async function readDatabase(client: CosmosClient, databaseName: string): Promise<void> {
  try {
    await client.database(databaseName).read();
  } catch (error) {
    throw translateCosmosError(error, 'read the database');
  }
}
