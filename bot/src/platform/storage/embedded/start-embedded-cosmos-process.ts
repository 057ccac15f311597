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

/** The embedded Cosmos DB server running in its own process, listening, its database still empty. */
export interface EmbeddedCosmosProcess {
  /** `https://127.0.0.1:<port>`, self-signed (connect with `trustSelfSignedCertificate`). */
  readonly endpoint: string;
  readonly key: string;
  readonly pid: number;
  /**
   * Loads the snapshot and starts saving on the schedule; call once, after ensureStorage (a container
   * replaced afterwards would start empty). The documents restored; undefined when there was no file.
   */
  restoreSnapshot(): Promise<number | undefined>;
  /** Makes the last save, stops the server and waits for the process to exit (killed after the timeout); safe to call twice. */
  stop(): Promise<void>;
}

type Report<T extends EmbeddedCosmosReport['type']> = Extract<EmbeddedCosmosReport, { type: T }>;

/**
 * Forks `embedded-cosmos-process` (synchronously, before the first await) and waits until its server
 * listens. Rejects with the child's DomainError (code and message) when it cannot start, e.g. the port
 * is taken; `restoreSnapshot` likewise, e.g. `invalid-input` for a broken snapshot.
 */
export async function startEmbeddedCosmosProcess(options: EmbeddedCosmosProcessOptions): Promise<EmbeddedCosmosProcess> {
  const child = forkChild(options.dataDir);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let waiting: { readonly type: string; resolve(report: unknown): void; reject(error: Error): void } | undefined;
  let stopped: Promise<void> | undefined;
  const awaitReport = <T extends 'listening' | 'restored'>(type: T): Promise<Report<T>> =>
    new Promise((resolve, reject) => (waiting = { type, resolve: (report) => resolve(report as Report<T>), reject }));
  child.on('message', (message: unknown) => {
    const type = messageType(message);
    if (type === 'log') {
      const { level, message: text, details } = message as Report<'log'>;
      options.log(level, text, details);
    } else if (type === 'failed') {
      const { code, message: text } = message as Report<'failed'>;
      waiting?.reject(new DomainError(code, text));
    } else if (type !== undefined && type === waiting?.type) {
      waiting.resolve(message);
    }
  });
  child.once('error', (error) =>
    waiting?.reject(new DomainError('storage-unavailable', 'The embedded Cosmos DB process could not be started.', { cause: error })),
  );
  child.once('exit', (code, signal) => {
    waiting?.reject(new DomainError('storage-unavailable', `The embedded Cosmos DB process ended (${signal ?? `code ${code}`}).`));
    if (stopped === undefined) options.log('warn', 'the embedded Cosmos DB process ended unexpectedly', { exit: signal ?? String(code) });
  });
  const stop = (): Promise<void> => {
    stopped ??= stopChild(child, exited, options.stopTimeoutMs ?? 60_000);
    return stopped;
  };
  const listening = awaitReport('listening');
  send(child, {
    type: 'start',
    port: options.port,
    databaseName: options.databaseName,
    filePath: options.filePath,
    snapshotIntervalMs: options.snapshotIntervalMs,
  });
  const { endpoint, key } = await listening.catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return {
    endpoint,
    key,
    pid: child.pid!,
    restoreSnapshot: async () => {
      const restored = awaitReport('restored');
      send(child, { type: 'restore' });
      return (await restored).documents;
    },
    stop,
  };
}

/**
 * The child runs the same build as this file (`.js` in dist, `.ts` under tsx), with no inherited
 * secrets (only the data folder as a marker) and none of the parent's preloads (e.g. a probe) but tsx's.
 */
function forkChild(dataDir: string): ChildProcess {
  const extension = extname(fileURLToPath(import.meta.url));
  const entry = fileURLToPath(new URL(`./embedded-cosmos-process${extension}`, import.meta.url));
  return fork(entry, [], {
    env: { DATA_DIR: dataDir },
    execArgv: extension === '.ts' ? ['--import', 'tsx'] : [],
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
  if (child.connected) child.send(request);
}
