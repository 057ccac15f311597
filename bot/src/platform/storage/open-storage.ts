import path from 'node:path';
import type { CosmosClient } from '@azure/cosmos';
import type { CosmosConfig } from '../../app/config.js';
import type { Logger } from '../logging/logger.js';
import type { CosmosTokenCredential } from './cosmos/create-cosmos-client.js';
import { ensureStorage } from './cosmos/ensure-storage.js';
import { translateCosmosError } from './cosmos/translate-cosmos-error.js';
import { CONTAINER_NAMES, type StorageContainers } from './cosmos/storage-layout.js';
import { startEmbeddedCosmosProcess } from './embedded/start-embedded-cosmos-process.js';

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

/** Connects to Azure Cosmos DB, or starts the embedded server in its own process, which reloads its snapshot from the data folder. */
export async function openStorage(options: OpenStorageOptions): Promise<OpenStorage> {
  const { cosmos, logger } = options;
  if (cosmos.kind === 'remote') {
    const { createCosmosClient } = await loadCosmosClient();
    const client = createCosmosClient(
      cosmos.key
        ? { endpoint: cosmos.endpoint, key: cosmos.key }
        : { endpoint: cosmos.endpoint, credential: await createManagedIdentityCredential() },
    );
    const containers = await ensureStorage(client, { databaseName: cosmos.databaseName });
    return { client, containers, checkHealth: () => readDatabase(client, cosmos.databaseName), close: async () => client.dispose() };
  }
  const filePath = path.resolve(cosmos.dataDir, 'cosmos', 'snapshot.json');
  // Its own process: the embedded server's work (query scans, snapshot saves) runs on another core,
  // and it restores the snapshot while this process is still loading the app's modules.
  const starting = startEmbeddedCosmosProcess({
    port: options.embeddedPort ?? 0,
    databaseName: cosmos.databaseName,
    filePath,
    snapshotIntervalMs: options.snapshotIntervalMs ?? 15_000,
    dataDir: cosmos.dataDir,
    log: (level, message, details) => logger[level](details, message),
  });
  // Forked above (synchronously); the client's modules load here while the child starts and restores.
  const [started, clientModule] = await Promise.allSettled([starting, loadCosmosClient()]);
  if (started.status === 'rejected') throw started.reason;
  const embedded = started.value;
  if (clientModule.status === 'rejected') {
    await embedded.stop();
    throw clientModule.reason;
  }
  logger.info(
    { filePath, documents: embedded.documents ?? 0 },
    embedded.documents !== undefined ? 'lokale data lastet inn' : 'ingen lokale data ennå – starter tomt',
  );
  const client = clientModule.value.createCosmosClient({
    endpoint: embedded.endpoint,
    key: embedded.key,
    trustSelfSignedCertificate: true,
  });
  return {
    client,
    containers: storageContainers(client, cosmos.databaseName),
    checkHealth: () => readDatabase(client, cosmos.databaseName),
    close: async () => {
      client.dispose();
      await embedded.stop();
    },
  };
}

/**
 * The containers the embedded process has made, by name (no round trip). It runs ensureStorage itself,
 * before restoring the snapshot: waiting for this process's event loop, busy loading the app's modules,
 * would hold the restore back by seconds.
 */
function storageContainers(client: CosmosClient, databaseName: string): StorageContainers {
  const database = client.database(databaseName);
  return {
    core: database.container(CONTAINER_NAMES.core),
    personalData: database.container(CONTAINER_NAMES.personalData),
    audit: database.container(CONTAINER_NAMES.audit),
    outbox: database.container(CONTAINER_NAMES.outbox),
  };
}

/**
 * `@azure/cosmos` (about half a second of imports) loads only after the embedded process is forked, so
 * that process boots meanwhile.
 */
function loadCosmosClient(): Promise<typeof import('./cosmos/create-cosmos-client.js')> {
  return import('./cosmos/create-cosmos-client.js');
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
