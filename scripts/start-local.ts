import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../bot/src/config.js';
import { createLogger } from '../bot/src/logging/create-logger.js';
import { startLocalStack } from './local/start-local-stack.js';

/** `npm start`: the whole app locally in one process tree; one Ctrl-C stops everything and saves the data. */
async function main(): Promise<void> {
  // npm start is the local demo: it opts in to dev sign-in, which loadConfig allows only on loopback without Entra settings.
  const config = loadConfig({ DEV_SIGN_IN: '1', ...process.env });
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const rootDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  console.log('Starter Introteam lokalt … (innebygd Cosmos DB, server og Agents Playground)');
  const stack = await startLocalStack({ config, logger, rootDirectory });
  const lines = [
    '',
    'Introteam kjører lokalt:',
    `  Fanen (velg en demobruker):   http://127.0.0.1:${config.port}/tab`,
    `  Helsesjekk:                   http://127.0.0.1:${config.port}/healthz`,
    `  API-beskrivelse (OpenAPI):    http://127.0.0.1:${config.port}/api/openapi.json`,
    '  Agents Playground (Teams-stand-in), én per enhet i teamet «Demo kommune»:',
    ...stack.playgrounds.map((p) => `    ${p.unitName.padEnd(32)} ${p.instance.url}`),
    `  Data lagres i ${path.resolve(config.cosmos.kind === 'embedded' ? config.cosmos.dataDir : '.', 'cosmos')} (overlever omstart).`,
    'Ctrl-C stopper alt.',
    '',
  ];
  console.log(lines.join('\n'));
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopper Introteam og lagrer data …');
    stack.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError ? error.message : `Introteam kunne ikke starte: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
