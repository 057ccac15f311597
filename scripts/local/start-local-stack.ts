import path from 'node:path';
import { createIntroteamApp, type IntroteamApp } from '../../bot/src/app/create-introteam-app.js';
import { createRepositories, type Repositories } from '../../bot/src/app/create-repositories.js';
import { startBackgroundWork } from '../../bot/src/app/start-background-work.js';
import type { AppConfig } from '../../bot/src/app/config.js';
import { demoUsers } from '../../bot/src/app/demo/demo-tenant.js';
import { seedDemoTenant } from '../../bot/src/app/demo/seed-demo-tenant.js';
import { DEFAULT_UNITS } from '../../bot/src/kernel/units/unit.js';
import type { Logger } from '../../bot/src/platform/logging/logger.js';
import { openStorage } from '../../bot/src/platform/storage/open-storage.js';
import { demoPlaygrounds, seedDemoChannels, type DemoPlayground } from './demo-playgrounds.js';
import { resolvePlaygroundCli, startPlayground, type PlaygroundInstance } from '../playground/start-playground.js';
import { stopStalePlaygrounds } from '../playground/stale-playgrounds.js';

/** Options for {@link startLocalStack}. */
export interface LocalStackOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  /** The project root (for `dist/tab` and the Playgrounds' working folders). */
  readonly rootDirectory: string;
  /** Outbox polling interval (ms); tests use a short one. */
  readonly outboxIntervalMs?: number;
  /** Aborting (Ctrl-C) during start-up stops whatever was started; the start then rejects. */
  readonly signal?: AbortSignal;
}

/** How long one Playground may take to answer; they start side by side, so allow for a busy machine. */
const PLAYGROUND_TIMEOUT_MS = 90_000;

/** Everything `npm start` runs, started. */
export interface LocalStack {
  readonly appUrl: string;
  readonly app: IntroteamApp;
  readonly repositories: Repositories;
  readonly playgrounds: ReadonlyArray<DemoPlayground & { readonly instance: PlaygroundInstance }>;
  stop(): Promise<void>;
}

/** Starts the embedded Cosmos DB (with its snapshot), seeds the demo tenant, the server, background work and one Playground per unit. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const { config, logger, signal } = options;
  if (config.mode === 'production')
    throw new Error('npm start er for lokal kjøring. I produksjon: npm run start:prod (NODE_ENV=production).');
  if (config.tabAuth.kind !== 'dev') {
    throw new Error('Den lokale demoen bruker demobrukere: npm start trenger DEV_SIGN_IN=1 (standard) og ingen ENTRA_*-innstillinger.');
  }
  signal?.throwIfAborted();
  const tenantId = config.tabAuth.tenantId;
  const playgroundRoot = path.resolve(options.rootDirectory, '.playground');
  // Playgrounds left behind by an earlier run that was killed would hold the ports asked for below.
  const orphans = await stopStalePlaygrounds(playgroundRoot, resolvePlaygroundCli().path);
  if (orphans > 0) logger.info({ orphans }, 'stopped Agents Playgrounds left behind by an earlier run');
  const storage = await openStorage({ cosmos: config.cosmos, logger });
  const repositories = createRepositories(storage.containers, { directoryCacheTtlMs: config.directoryCacheTtlMs });
  const now = new Date();
  if (await seedDemoTenant({ ...repositories, tenantId, now })) logger.info({ tenantId }, 'demokommunen er opprettet');
  const units = DEFAULT_UNITS.filter((u) => config.playgroundUnits === 'all' || config.playgroundUnits.includes(u.id)).map((u) => ({
    ...u,
    tenantId,
  }));
  const layout = demoPlaygrounds(tenantId, units, demoUsers(tenantId), config.playgroundPort);
  await seedDemoChannels(tenantId, layout, repositories, demoUsers(tenantId)[0]!.id, now);

  const app = createIntroteamApp({
    config,
    repositories,
    logger,
    tabDirectory: path.resolve(options.rootDirectory, 'dist/tab'),
    checkHealth: storage.checkHealth,
  });
  const appUrl = await app.listen(config.port, config.host);
  const background = startBackgroundWork({
    ...app,
    appId: config.bot.appId,
    repositories,
    logger,
    outboxIntervalMs: options.outboxIntervalMs,
  });
  const playgrounds: Array<DemoPlayground & { instance: PlaygroundInstance }> = [];
  const stop = async (): Promise<void> => {
    await Promise.all(playgrounds.map((p) => p.instance.stop()));
    await background.stop();
    await app.close();
    await storage.close();
  };
  try {
    signal?.throwIfAborted();
    // All at once (one by one took 40–60 s); an instance that started is stopped even if another fails.
    const results = await Promise.allSettled(
      layout.map(async (playground) => {
        const instance = await startPlayground({
          name: playground.unitId,
          port: playground.port,
          botEndpoint: `http://127.0.0.1:${config.port}/api/messages`,
          config: playground.config,
          rootDir: playgroundRoot,
          timeoutMs: PLAYGROUND_TIMEOUT_MS,
          signal,
        });
        playgrounds.push({ ...playground, instance });
      }),
    );
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
    signal?.throwIfAborted();
  } catch (error) {
    await stop();
    throw error;
  }
  playgrounds.sort((a, b) => a.port - b.port);
  return { appUrl, app, repositories, playgrounds, stop };
}
