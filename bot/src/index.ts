import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './app/config.js';
import { createLogger } from './platform/logging/create-logger.js';
import { openStorage } from './platform/storage/open-storage.js';

/** Production entry point (also usable locally with COSMOS_ENDPOINT): one process, Cosmos DB, bot, API and tab. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger({ level: config.logLevel });
  // Storage first: locally it forks the embedded Cosmos DB process at once, which restores its snapshot
  // while the app's modules (repositories, botbuilder, restify, cards: most of the start-up's imports) load here.
  const opening = openStorage({ cosmos: config.cosmos, logger });
  const repositoriesModule = import('./app/create-repositories.js');
  const appModule = import('./app/create-introteam-app.js');
  const backgroundModule = import('./app/start-background-work.js');
  const storage = await opening;
  const [{ createRepositories }, { createIntroteamApp }] = await Promise.all([repositoriesModule, appModule]);
  const repositories = createRepositories(storage.containers, { directoryCacheTtlMs: config.directoryCacheTtlMs });
  const app = createIntroteamApp({
    config,
    repositories,
    logger,
    tabDirectory: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tab'),
    checkHealth: storage.checkHealth,
  });
  const url = await app.listen(config.port, config.host);
  const { startBackgroundWork } = await backgroundModule;
  const background = startBackgroundWork({ ...app, appId: config.bot.appId, repositories, logger });
  logger.info({ url, mode: config.mode }, 'Introteam kjører');
  const shutdown = async (): Promise<void> => {
    await app.close();
    await background.stop();
    await storage.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Introteam kunne ikke starte:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
