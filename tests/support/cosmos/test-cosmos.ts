import { randomUUID } from 'node:crypto';
import type { CosmosClient } from '@azure/cosmos';
import { createCosmosClient } from '../../../bot/src/platform/storage/cosmos/create-cosmos-client.js';
import { ensureStorage } from '../../../bot/src/platform/storage/cosmos/ensure-storage.js';
import type { StorageContainers } from '../../../bot/src/platform/storage/cosmos/storage-layout.js';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../../bot/src/platform/storage/embedded/start-embedded-cosmos.js';

/** The embedded server shared by the whole mocha run, with a client for it. */
export interface SharedCosmos {
  readonly server: EmbeddedCosmos;
  readonly client: CosmosClient;
}

/** A fresh, uniquely named database with Introteam's containers on the shared server. */
export interface TestStorage {
  readonly client: CosmosClient;
  readonly databaseName: string;
  readonly containers: StorageContainers;
  /** Deletes the database. */
  dispose(): Promise<void>;
}

let shared: Promise<SharedCosmos> | undefined;

/** Starts the shared embedded server on first use (one per mocha run). */
export function sharedCosmos(): Promise<SharedCosmos> {
  shared ??= (async () => {
    const server = await startEmbeddedCosmos();
    const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, trustSelfSignedCertificate: true });
    return { server, client };
  })();
  return shared;
}

/** Stops the shared server if it was started; the next sharedCosmos() starts a new one. */
export async function stopSharedCosmos(): Promise<void> {
  const running = shared;
  shared = undefined;
  if (running !== undefined) {
    const { server, client } = await running;
    client.dispose();
    await server.stop();
  }
}

/** A new database (random name) with all containers, on the shared server. */
export async function createTestStorage(): Promise<TestStorage> {
  const { client } = await sharedCosmos();
  const databaseName = `test-${randomUUID()}`;
  const containers = await ensureStorage(client, { databaseName });
  return {
    client,
    databaseName,
    containers,
    dispose: async () => {
      await client.database(databaseName).delete();
    },
  };
}

/**
 * Registers before/after hooks in the calling `describe` that create and dispose a test
 * database; returns an accessor valid inside the suite's tests and hooks.
 */
export function useTestStorage(): () => TestStorage {
  let storage: TestStorage | undefined;
  before(async () => {
    storage = await createTestStorage();
  });
  after(async () => {
    await storage?.dispose();
    storage = undefined;
  });
  return () => {
    if (storage === undefined) {
      throw new Error('useTestStorage(): the storage exists only inside the suite’s tests and hooks.');
    }
    return storage;
  };
}

// Root-level hook: registered once when a spec file first imports this module under mocha.
if (typeof after === 'function') {
  after(stopSharedCosmos);
}
