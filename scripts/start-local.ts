import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LocalStack } from './local/start-local-stack.js';

// Ctrl-C must be ours from the first moment: Node's default would end this process at once and leave
// the Playgrounds (own process groups) running. So the handlers come before the heavy imports below.
const stopping = new AbortController();
let running: LocalStack | undefined;
process.on('SIGINT', onStopSignal);
process.on('SIGTERM', onStopSignal);
// Closing the terminal sends SIGHUP: stop the same way, or the detached Playgrounds outlive us.
process.on('SIGHUP', onStopSignal);

function onStopSignal(): void {
  // A second Ctrl-C does not wait for the data to be saved; the Playgrounds' exit hooks still end them.
  if (stopping.signal.aborted) process.exit(130);
  console.log('\nStopper Introteam og lagrer data …');
  stopping.abort();
  // Still starting: startLocalStack sees the abort, stops what it started and rejects (see main().catch).
  running?.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}

/** `npm start`: the whole app locally in one process tree; one Ctrl-C stops everything and saves the data. */
async function main(): Promise<void> {
  const [{ loadConfig }, { createLogger }, { startLocalStack }] = await Promise.all([
    import('../bot/src/app/config.js'),
    import('../bot/src/platform/logging/create-logger.js'),
    import('./local/start-local-stack.js'),
  ]);
  stopping.signal.throwIfAborted();
  // npm start is the local demo: it opts in to dev sign-in, which loadConfig allows only on loopback without Entra settings.
  const config = loadConfig({ DEV_SIGN_IN: '1', ...process.env });
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const rootDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  console.log('Starter Introteam lokalt … (innebygd Cosmos DB, server og Agents Playground)');
  const stack = await startLocalStack({ config, logger, rootDirectory, signal: stopping.signal });
  running = stack;
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
}

main().catch(async (error: unknown) => {
  // Interrupted while starting: everything that had started has been stopped.
  if (stopping.signal.aborted) process.exit(0);
  const { ConfigError } = await import('../bot/src/app/config.js');
  console.error(
    error instanceof ConfigError ? error.message : `Introteam kunne ikke starte: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
