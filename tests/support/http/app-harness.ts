import path from 'node:path';
import { createRepositories, type Repositories } from '../../../bot/src/app/create-repositories.js';
import { createIntroteamApp, type IntroteamApp } from '../../../bot/src/app/create-introteam-app.js';
import { DEMO_TENANT_ID, loadConfig, type AppConfig } from '../../../bot/src/app/config.js';
import { seedDemoTenant } from '../../../bot/src/app/demo/seed-demo-tenant.js';
import type { TokenValidator } from '../../../bot/src/platform/http/auth/token-validator.js';
import { createTestStorage, type TestStorage } from '../cosmos/test-cosmos.js';
import { RecordingLogger } from '../recording-logger.js';

/** A running Introteam server on a free port, on a fresh database with the demo tenant seeded. */
export interface AppHarness {
  readonly baseUrl: string;
  readonly app: IntroteamApp;
  readonly config: AppConfig;
  readonly repositories: Repositories;
  readonly storage: TestStorage;
  readonly logger: RecordingLogger;
  /** A dev-mode token for the user (only in dev sign-in mode). */
  devToken(userId: string): Promise<string>;
  close(): Promise<void>;
}

/** Options for {@link startAppHarness}. */
export interface AppHarnessOptions {
  /** Extra environment, e.g. ENTRA_CLIENT_ID for SSO mode. Dev sign-in (DEV_SIGN_IN=1) is on unless ENTRA_* is given; `DEV_SIGN_IN: '0'` without ENTRA_* leaves sign-in unconfigured. */
  readonly env?: Record<string, string>;
  readonly tokenValidator?: TokenValidator;
}

/** Starts the app as the entry point would, but on the shared embedded Cosmos DB test server. */
export async function startAppHarness(options: AppHarnessOptions = {}): Promise<AppHarness> {
  const storage = await createTestStorage();
  const repositories = createRepositories(storage.containers);
  await seedDemoTenant({ ...repositories, tenantId: DEMO_TENANT_ID, now: new Date() });
  const entra = Object.keys(options.env ?? {}).some((key) => key.startsWith('ENTRA_'));
  const config = loadConfig({
    PORT: '3978',
    LOG_LEVEL: 'silent',
    BODY_LIMIT_BYTES: '65536',
    DEV_SIGN_IN: entra ? '' : '1',
    ...options.env,
  });
  const logger = new RecordingLogger();
  const app = createIntroteamApp({
    config,
    repositories,
    logger,
    tabDirectory: path.resolve('dist/tab'),
    checkHealth: async () => {
      await storage.client.database(storage.databaseName).read();
    },
    tokenValidator: options.tokenValidator,
    // Every response is checked against contract/, so a handler that drifts fails the test that calls it.
    validateResponses: true,
  });
  const baseUrl = await app.listen(0, '127.0.0.1');
  return {
    baseUrl,
    app,
    config,
    repositories,
    storage,
    logger,
    devToken: async (userId) => {
      const response = await fetch(`${baseUrl}/api/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId }),
      });
      if (!response.ok) throw new Error(`dev token: ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    },
    close: async () => {
      await app.close();
      await storage.dispose();
    },
  };
}
