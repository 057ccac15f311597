import { randomUUID } from 'node:crypto';
import { TestAdapter, type Activity } from 'botbuilder';
import { createRepositories, type Repositories } from '../../../bot/src/app/create-repositories.js';
import { DEMO_TENANT_ID } from '../../../bot/src/app/config.js';
import { seedDemoTenant } from '../../../bot/src/app/demo/seed-demo-tenant.js';
import { handleTurnError } from '../../../bot/src/platform/teams/handle-turn-error.js';
import type { IntroteamBot } from '../../../bot/src/platform/teams/introteam-bot.js';
import { createFeatureModules } from '../../../bot/src/app/create-feature-modules.js';
import { createIntroteamBot } from '../../../bot/src/app/create-introteam-bot.js';
import type { SettlementServices } from '../../../bot/src/features/settlement/settlement-services.js';
import { createTestStorage, type TestStorage } from '../cosmos/test-cosmos.js';
import { RecordingLogger } from '../recording-logger.js';

/** Demo user ids (see bot/src/demo/demo-tenant.ts). */
export const ADMIN_ID = '00000000-0000-4000-8000-000000000001';
export const BARNEHAGE_MEMBER_ID = '00000000-0000-4000-8000-000000000006';

/** Where a test activity comes from. */
export interface Origin {
  readonly scope: 'personal' | 'channel';
  readonly userId: string;
  readonly tenantId?: string;
  /** For `channel`: another channel than {@link TEST_CHANNEL_ID}. */
  readonly channelId?: string;
}

/** A bot wired to real repositories on the embedded Cosmos DB, with the demo tenant seeded. */
export interface BotHarness {
  readonly storage: TestStorage;
  readonly repositories: Repositories;
  readonly logger: RecordingLogger;
  readonly bot: IntroteamBot;
  readonly settlementServices: SettlementServices;
  /** A TestAdapter whose activities come from the given user and conversation. */
  adapter(origin: Origin): TestAdapter;
  dispose(): Promise<void>;
}

/** Builds the harness; call `dispose` in `after`. */
export async function createBotHarness(): Promise<BotHarness> {
  const storage = await createTestStorage();
  const repositories = createRepositories(storage.containers);
  await seedDemoTenant({ ...repositories, tenantId: DEMO_TENANT_ID, now: new Date('2026-11-24T08:00:00Z') });
  const logger = new RecordingLogger();
  const now = (): Date => new Date();
  const links = { publicUrl: 'http://127.0.0.1:3978', teamsAppId: '' };
  const { modules, settlementServices } = createFeatureModules({ repositories, now, newId: randomUUID, links });
  const bot = createIntroteamBot({ ...repositories, logger, tabUrl: 'http://127.0.0.1:3978/tab', now }, modules);
  return {
    storage,
    repositories,
    logger,
    bot,
    settlementServices,
    adapter: (origin) => {
      const adapter = new TestAdapter((context) => bot.run(context), templateFor(origin));
      adapter.onTurnError = handleTurnError(logger);
      return adapter;
    },
    dispose: () => storage.dispose(),
  };
}

/** The channel the channel-scoped test activities come from. */
export const TEST_CHANNEL_ID = '19:barnehage-kanal@thread.tacv2';

function templateFor(origin: Origin): Partial<Activity> {
  const tenantId = origin.tenantId ?? DEMO_TENANT_ID;
  const channel = origin.scope === 'channel';
  const channelId = origin.channelId ?? TEST_CHANNEL_ID;
  return {
    channelId: 'msteams',
    serviceUrl: 'https://smba.example.test/emea/',
    from: { id: `29:${origin.userId}`, aadObjectId: origin.userId, name: 'Testbruker' },
    recipient: { id: '28:introteam-bot', name: 'Introteam' },
    conversation: {
      id: channel ? `${channelId};messageid=1700000000000` : `a:personal-${origin.userId}`,
      conversationType: channel ? 'channel' : 'personal',
      tenantId,
      isGroup: channel,
      name: '',
    },
    channelData: {
      tenant: { id: tenantId },
      ...(channel ? { team: { id: '19:team@thread.tacv2', name: 'Demo kommune' }, channel: { id: channelId, name: 'Barnehage' } } : {}),
    },
  };
}
