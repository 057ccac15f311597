import { randomUUID } from 'node:crypto';
import { createRepositories, type Repositories } from '../../../bot/src/app/create-repositories.js';
import { DEMO_TENANT_ID } from '../../../bot/src/app/config.js';
import { seedDemoTenant } from '../../../bot/src/app/demo/seed-demo-tenant.js';
import type { SettlementServices } from '../../../bot/src/features/settlement/settlement-services.js';
import { useNorwegianValidationMessages } from '../../../bot/src/app/validation-locale.js';
import { createTestStorage, type TestStorage } from '../cosmos/test-cosmos.js';
import { RecordingAnnouncements } from './recording-announcements.js';

/** Demo user ids (bot/src/demo/demo-tenant.ts). */
export const DEMO = {
  admin: '00000000-0000-4000-8000-000000000001',
  coordinator: '00000000-0000-4000-8000-000000000002',
  barnehage: '00000000-0000-4000-8000-000000000006',
  grunnskole: '00000000-0000-4000-8000-000000000007',
} as const;

/** Settlement services on a fresh embedded Cosmos DB database with the demo tenant, units bound to channels except grunnskole. */
export interface SettlementHarness {
  readonly storage: TestStorage;
  readonly repositories: Repositories;
  readonly services: SettlementServices;
  readonly announcements: RecordingAnnouncements;
  /** Moves the clock the services see. */
  setNow(date: Date): void;
  user(id: string): Promise<NonNullable<Awaited<ReturnType<Repositories['users']['get']>>>>;
  dispose(): Promise<void>;
}

/** Builds the harness; units `bosetting`, `nav`, `helsetjeneste`, `barnehage`, `voi` get channels. */
export async function createSettlementHarness(): Promise<SettlementHarness> {
  useNorwegianValidationMessages();
  const storage = await createTestStorage();
  const repositories = createRepositories(storage.containers);
  await seedDemoTenant({ ...repositories, tenantId: DEMO_TENANT_ID, now: new Date() });
  for (const unitId of ['bosetting', 'nav', 'helsetjeneste', 'barnehage', 'voi']) {
    await repositories.bindings.put({
      tenantId: DEMO_TENANT_ID,
      unitId,
      conversationId: `19:${unitId}@thread.tacv2`,
      channelName: unitId,
      boundBy: DEMO.admin,
      boundAt: new Date().toISOString(),
    });
  }
  let now = new Date();
  const announcements = new RecordingAnnouncements(repositories.bindings);
  const services: SettlementServices = {
    ...repositories,
    announcements,
    deliveries: repositories.outbox,
    now: () => now,
    newId: randomUUID,
  };
  return {
    storage,
    repositories,
    services,
    announcements,
    setNow: (date) => {
      now = date;
    },
    user: async (id) => {
      const user = await repositories.users.get(DEMO_TENANT_ID, id);
      if (!user) throw new Error(`no demo user ${id}`);
      return user;
    },
    dispose: () => storage.dispose(),
  };
}
