import { fork, type ChildProcess } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '../../../kernel/domain-error.js';
import { messageType, type EmbeddedCosmosReport, type EmbeddedCosmosRequest } from './embedded-cosmos-messages.js';

/** What the embedded Cosmos DB process serves and where it keeps its snapshot. */
export interface EmbeddedCosmosProcessOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  readonly databaseName: string;
  /** The snapshot file (absolute). */
  readonly filePath: string;
  /** Time between snapshot saves. */
  readonly snapshotIntervalMs: number;
  /** The data folder; given to the process as DATA_DIR only so it is recognisable as this folder's (nothing reads it). */
  readonly dataDir: string;
  /** Receives the process's log lines: fixed messages and ids, codes or counts only. */
  readonly log: (level: 'info' | 'warn', message: string, details: Readonly<Record<string, string>>) => void;
  /** How long `stop` waits for the last save before killing the process; default 60 s. */
  readonly stopTimeoutMs?: number;
}

/** The embedded Cosmos DB server running in its own process, ready (containers made, snapshot restored). */
export interface EmbeddedCosmosProcess {
  /** `https://127.0.0.1:<port>`, self-signed (connect with `trustSelfSignedCertificate`). */
  readonly endpoint: string;
  readonly key: string;
  /** Documents restored from the snapshot; undefined when there was none. */
  readonly documents: number | undefined;
  readonly pid: number;
  /** Makes the last save, stops the server and waits for the process to exit (killed after the timeout); safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Forks `embedded-cosmos-process` (synchronously, before the first await) and waits until it is ready. Rejects with the child's DomainError
 * (code and message) when it cannot start, e.g. the port is taken or the snapshot is broken.
 */
export async function startEmbeddedCosmosProcess(options: EmbeddedCosmosProcessOptions): Promise<EmbeddedCosmosProcess> {
  const child = forkChild(options.dataDir);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<Extract<EmbeddedCosmosReport, { type: 'ready' }>>((resolve, reject) => {
    child.on('message', (message: unknown) => {
      const type = messageType(message);
      if (type === 'log') {
        const { level, message: text, details } = message as Extract<EmbeddedCosmosReport, { type: 'log' }>;
        options.log(level, text, details);
      } else if (type === 'ready') {
        resolve(message as Extract<EmbeddedCosmosReport, { type: 'ready' }>);
      } else if (type === 'failed') {
        const failure = message as Extract<EmbeddedCosmosReport, { type: 'failed' }>;
        reject(new DomainError(failure.code, failure.message));
      }
    });
    child.once('error', (error) =>
      reject(new DomainError('storage-unavailable', 'The embedded Cosmos DB process could not be started.', { cause: error })),
    );
    child.once('exit', (code, signal) =>
      reject(
        new DomainError('storage-unavailable', `The embedded Cosmos DB process ended (${signal ?? `code ${code}`}) before it was ready.`),
      ),
    );
    send(child, {
      type: 'start',
      port: options.port,
      databaseName: options.databaseName,
      filePath: options.filePath,
      snapshotIntervalMs: options.snapshotIntervalMs,
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited;
    throw error;
  });
  let stopped: Promise<void> | undefined;
  child.once('exit', (code, signal) => {
    if (stopped === undefined) options.log('warn', 'the embedded Cosmos DB process ended unexpectedly', { exit: signal ?? String(code) });
  });
  return {
    endpoint: ready.endpoint,
    key: ready.key,
    documents: ready.documents,
    pid: child.pid!,
    stop: () => {
      stopped ??= stopChild(child, exited, options.stopTimeoutMs ?? 60_000);
      return stopped;
    },
  };
}

/**
 * The restore keeps every document it parses (150,000 at 10,000 settlements), so nearly all of the young
 * generation survives each scavenge; larger semi-spaces mean fewer of them (about a tenth off the restore).
 */
const CHILD_V8_FLAGS = ['--max-semi-space-size=32'];

/**
 * The child runs the same build as this file (`.js` in dist, `.ts` under tsx), with no inherited
 * secrets (only the data folder as a marker) and none of the parent's preloads (e.g. a probe) but tsx's.
 */
function forkChild(dataDir: string): ChildProcess {
  const extension = extname(fileURLToPath(import.meta.url));
  const entry = fileURLToPath(new URL(`./embedded-cosmos-process${extension}`, import.meta.url));
  return fork(entry, [], {
    env: { DATA_DIR: dataDir },
    execArgv: [...CHILD_V8_FLAGS, ...(extension === '.ts' ? ['--import', 'tsx'] : [])],
    serialization: 'json',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

async function stopChild(child: ChildProcess, exited: Promise<void>, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (child.connected) send(child, { type: 'stop' });
  else child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const outcome = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

function send(child: ChildProcess, request: EmbeddedCosmosRequest): void {
  child.send(request);
}
