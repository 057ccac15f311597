import { DEMO_TENANT_ID } from '../../bot/src/app/config.js';
import { createRepositories, type Repositories } from '../../bot/src/app/create-repositories.js';
import { demoUsers } from '../../bot/src/app/demo/demo-tenant.js';
import { seedDemoTenant } from '../../bot/src/app/demo/seed-demo-tenant.js';
import { createCosmosClient } from '../../bot/src/platform/storage/cosmos/create-cosmos-client.js';
import { ensureStorage } from '../../bot/src/platform/storage/cosmos/ensure-storage.js';
import { startEmbeddedCosmos } from '../../bot/src/platform/storage/embedded/start-embedded-cosmos.js';
import { saveSnapshot } from '../../bot/src/platform/storage/embedded/snapshot-store.js';

/** The database the server reads (its default name). */
const DATABASE_NAME = 'introteam';

/** An embedded Cosmos DB in the bench's own process, seeded through the project's repositories, saved as a snapshot. */
export interface SeedStore {
  readonly tenantId: string;
  readonly repositories: Repositories;
  /** Writes the data as the snapshot file the server loads at start (`<dataDir>/cosmos/snapshot.json`). */
  saveTo(dataDir: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts an embedded server, creates the containers and the demo municipality with its units and users. */
export async function openSeedStore(): Promise<SeedStore> {
  const server = await startEmbeddedCosmos();
  const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, trustSelfSignedCertificate: true });
  const containers = await ensureStorage(client, { databaseName: DATABASE_NAME });
  const repositories = createRepositories(containers);
  const tenantId = DEMO_TENANT_ID;
  await seedDemoTenant({ ...repositories, tenantId, now: new Date() });
  return {
    tenantId,
    repositories,
    saveTo: async (dataDir) => {
      await saveSnapshot(server.data, DATABASE_NAME, `${dataDir}/cosmos/snapshot.json`);
    },
    stop: async () => {
      client.dispose();
      await server.stop();
    },
  };
}

/** The demo coordinator (Bo Bosettingskoordinator) and the Barnehage member who works the cards. */
export function benchUsers(tenantId: string) {
  const users = demoUsers(tenantId);
  return {
    coordinator: users.find((user) => user.roles.some((role) => role.role === 'coordinator') && user.id.endsWith('2'))!,
    barnehageMember: users.find((user) => user.roles.some((role) => role.role === 'unit-member' && role.unitId === 'barnehage'))!,
  };
}
