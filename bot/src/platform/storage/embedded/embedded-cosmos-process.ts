/**
 * The embedded Cosmos DB server's own process, forked by `startEmbeddedCosmosProcess` (never imported).
 * It starts the server on 127.0.0.1, restores the snapshot once the parent has made the containers,
 * and saves it on a schedule, so the server's CPU work (query scans, snapshot saves) never runs on
 * Introteam's event loop. It stops on the parent's `stop`, on SIGTERM and when the parent goes away
 * (the IPC channel closes: a second Ctrl-C, a crash, SIGKILL), each time after a last save, so
 * nothing acknowledged is lost.
 */
import { DomainError } from '../../../kernel/domain-error.js';
import { messageType, type EmbeddedCosmosReport, type EmbeddedCosmosRequest } from './embedded-cosmos-messages.js';
import { startSnapshotSchedule, type SnapshotSchedule } from './snapshot-schedule.js';
import { loadSnapshot } from './snapshot-store.js';
import { startEmbeddedCosmos, type EmbeddedCosmos } from './start-embedded-cosmos.js';

type StartRequest = Extract<EmbeddedCosmosRequest, { type: 'start' }>;

let request: StartRequest | undefined;
let server: EmbeddedCosmos | undefined;
let schedule: SnapshotSchedule | undefined;
let stopping: Promise<void> | undefined;
/** Settles when the last message sent has reached the channel (IPC sends are asynchronous). */
let sent: Promise<void> = Promise.resolve();

if (process.send === undefined) {
  console.error('embedded-cosmos-process is started by startEmbeddedCosmosProcess (child_process.fork), not on its own.');
  process.exit(1);
}
// Ctrl-C in a terminal reaches the whole process group: the parent decides when this process stops
// (its stop message, or its channel closing when it exits), so the data is saved after its last write.
process.on('SIGINT', () => undefined);
process.on('SIGHUP', () => undefined);
process.on('SIGTERM', () => void stop(0));
process.on('disconnect', () => void stop(0));
process.on('message', (message: unknown) => {
  const type = messageType(message);
  if (type === 'start' && request === undefined) void attempt(() => start(message as StartRequest));
  if (type === 'restore' && server !== undefined && schedule === undefined) void attempt(restore);
  if (type === 'stop') void stop(0);
});

async function start(startRequest: StartRequest): Promise<void> {
  request = startRequest;
  server = await startEmbeddedCosmos({ port: request.port });
  report({ type: 'listening', endpoint: server.endpoint, key: server.key });
}

/** Runs after the parent's ensureStorage: a container replaced to add an index would start empty on this server. */
async function restore(): Promise<void> {
  const { databaseName, filePath, snapshotIntervalMs } = request!;
  const data = server!.data;
  const loaded = await loadSnapshot(data, filePath);
  if (stopping !== undefined) return; // the parent went away meanwhile; the file still holds everything
  schedule = startSnapshotSchedule({
    data,
    changeMarker: server!.writeCount,
    // The file holds what was just loaded, so no save until something is written.
    ...(loaded === undefined ? {} : { savedMarker: server!.writeCount() }),
    databaseName,
    filePath,
    intervalMs: snapshotIntervalMs,
    log: (message, details) => report({ type: 'log', level: 'warn', message, details }),
  });
  report({ type: 'restored', documents: loaded?.documents });
}

/** A failure goes to the parent as its DomainError's code and message (never its cause), and this process ends. */
async function attempt(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    const failure = error instanceof DomainError ? error : undefined;
    report({
      type: 'failed',
      code: failure?.code ?? 'storage-unavailable',
      message:
        failure?.message ?? `The embedded Cosmos DB server could not start (${error instanceof Error ? error.name : 'unknown error'}).`,
    });
    await stop(1);
  }
}

/** Stops the schedule (a last save, after any in progress) and the server, then exits; once. */
function stop(exitCode: number): Promise<void> {
  stopping ??= (async () => {
    await schedule?.stop();
    await server?.stop();
    // Exit only once what was reported has reached the channel: process.exit drops queued messages.
    await sent;
    process.exit(exitCode);
  })();
  return stopping;
}

/** To the parent while it listens; to stderr (fixed text and ids only) once it is gone. */
function report(message: EmbeddedCosmosReport): void {
  if (process.connected) {
    sent = new Promise((resolve) => process.send!(message, undefined, undefined, () => resolve()));
  } else if (message.type === 'log' || message.type === 'failed') {
    console.error(`embedded Cosmos DB: ${message.message}`, message.type === 'log' ? JSON.stringify(message.details) : message.code);
  }
}
