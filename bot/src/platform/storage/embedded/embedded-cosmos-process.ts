/**
 * The embedded Cosmos DB server's own process, forked by `startEmbeddedCosmosProcess` (never imported).
 * It starts the server on 127.0.0.1, creates the containers, restores the snapshot and saves it on a
 * schedule (a journal of what was written, compacted into a new snapshot now and then), so the server's CPU work (query scans, snapshot saves) never runs on Introteam's event loop.
 * It stops on the parent's `stop`, on SIGTERM and when the parent goes away (the IPC channel closes:
 * Ctrl-C, a crash, SIGKILL), each time after a last save, so nothing acknowledged is lost.
 */
import { DomainError } from '../../../kernel/domain-error.js';
import { createCosmosClient } from '../cosmos/create-cosmos-client.js';
import { ensureStorage } from '../cosmos/ensure-storage.js';
import { messageType, type EmbeddedCosmosReport, type EmbeddedCosmosRequest } from './embedded-cosmos-messages.js';
import { startSnapshotPersistence, type SnapshotPersistence } from './snapshot-persistence.js';
import { startSnapshotSchedule, type SnapshotSchedule } from './snapshot-schedule.js';
import { loadSnapshot } from './snapshot-store.js';
import { startEmbeddedCosmos, type EmbeddedCosmos } from './start-embedded-cosmos.js';

type StartRequest = Extract<EmbeddedCosmosRequest, { type: 'start' }>;

let server: EmbeddedCosmos | undefined;
let schedule: SnapshotSchedule | undefined;
let persistence: SnapshotPersistence | undefined;
let stopping: Promise<void> | undefined;
/** Settles when the last message sent has been handed to the channel (IPC sends are asynchronous). */
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
  if (type === 'start' && server === undefined) void start(message as StartRequest);
  if (type === 'stop') void stop(0);
});

async function start(request: StartRequest): Promise<void> {
  try {
    server = await startEmbeddedCosmos({ port: request.port });
    // Containers first, with today's indexing policy, then the documents into them: replacing a
    // container's policy afterwards would empty it on the embedded server (Azure keeps the documents).
    const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, trustSelfSignedCertificate: true });
    try {
      await ensureStorage(client, { databaseName: request.databaseName });
    } finally {
      client.dispose();
    }
    const loaded = await loadSnapshot(server.data, request.filePath);
    if (stopping !== undefined) return; // the parent went away meanwhile; the file still holds everything
    // From here each save appends what was written to the journal; a full snapshot only now and then and at stop.
    persistence = startSnapshotPersistence({
      data: server.data,
      databaseName: request.databaseName,
      filePath: request.filePath,
      ...(loaded === undefined ? {} : { loaded }),
    });
    const journal = persistence;
    schedule = startSnapshotSchedule({
      data: server.data,
      save: () => journal.save(),
      finalSave: () => journal.compact(),
      changeMarker: server.writeCount,
      // The file holds what was just loaded, so no save until something is written.
      ...(loaded === undefined ? {} : { savedMarker: server.writeCount() }),
      databaseName: request.databaseName,
      filePath: request.filePath,
      intervalMs: request.snapshotIntervalMs,
      log: (message, details) => report({ type: 'log', level: 'warn', message, details }),
    });
    report({ type: 'ready', endpoint: server.endpoint, key: server.key, documents: loaded?.documents });
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
    await persistence?.close();
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
  } else if (message.type !== 'ready') {
    console.error(`embedded Cosmos DB: ${message.message}`, message.type === 'log' ? JSON.stringify(message.details) : message.code);
  }
}
