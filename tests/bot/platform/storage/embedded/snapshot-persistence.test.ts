import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Container, CosmosClient } from '@azure/cosmos';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { createCosmosClient } from '../../../../../bot/src/platform/storage/cosmos/create-cosmos-client.js';
import { ensureStorage } from '../../../../../bot/src/platform/storage/cosmos/ensure-storage.js';
import { journalPathOf, parseJournal } from '../../../../../bot/src/platform/storage/embedded/snapshot-journal.js';
import {
  startSnapshotPersistence,
  type SnapshotPersistence,
} from '../../../../../bot/src/platform/storage/embedded/snapshot-persistence.js';
import { loadSnapshot, saveSnapshot } from '../../../../../bot/src/platform/storage/embedded/snapshot-store.js';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../../../../bot/src/platform/storage/embedded/start-embedded-cosmos.js';

/** A server with the app's containers, its snapshot (and journal) loaded from the folder, and persistence started. */
interface Running {
  readonly server: EmbeddedCosmos;
  readonly client: CosmosClient;
  readonly core: Container;
  readonly persistence: SnapshotPersistence;
}

describe('snapshot persistence: journal and compaction', () => {
  let folder: string;
  let filePath: string;
  const running: Running[] = [];

  const start = async (options: { compactionMinimumBytes?: number } = {}): Promise<Running> => {
    const server = await startEmbeddedCosmos();
    const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, trustSelfSignedCertificate: true });
    const { core } = await ensureStorage(client, { databaseName: 'introteam' });
    const loaded = await loadSnapshot(server.data, filePath);
    const persistence = startSnapshotPersistence({
      data: server.data,
      databaseName: 'introteam',
      filePath,
      ...(loaded === undefined ? {} : { loaded }),
      ...options,
    });
    const result = { server, client, core, persistence };
    running.push(result);
    return result;
  };
  const stop = async (run: Running): Promise<void> => {
    running.splice(running.indexOf(run), 1);
    await run.persistence.close();
    run.client.dispose();
    await run.server.stop();
  };
  const dataOf = async (run: Running, id: string, tenantId = 't1'): Promise<unknown> =>
    (await run.core.item(id, tenantId).read()).resource?.data;
  const journalLines = async (): Promise<number> => parseJournal(await readFile(journalPathOf(filePath), 'utf8'), 'journal').entries.length;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'introteam-journal-'));
    filePath = join(folder, 'snapshot.json');
  });
  afterEach(async () => {
    for (const run of [...running]) await stop(run);
    await rm(folder, { recursive: true, force: true });
  });

  it('should append only the documents written since the last save, each once in its last state, whatever is stored', async () => {
    const first = await start();
    for (let i = 0; i < 100; i += 1) await first.core.items.create({ id: `s|${i}`, tenantId: 't1', type: 'settlement', data: { i } });
    await first.persistence.compact();
    const snapshotSize = (await stat(filePath)).size;

    await first.core.items.upsert({ id: 's|1', tenantId: 't1', type: 'settlement', data: { v: 1 } });
    await first.core.items.upsert({ id: 's|1', tenantId: 't1', type: 'settlement', data: { v: 2 } });
    await first.core.items.create({ id: 'new', tenantId: 't1', type: 'settlement', data: { v: 1 } });
    await first.persistence.save();

    assert.equal(await journalLines(), 2);
    assert.equal((await stat(filePath)).size, snapshotSize, 'the snapshot is not rewritten');
    await first.persistence.save();
    assert.equal(await journalLines(), 2, 'nothing written, nothing appended');
  });

  it('should restore the snapshot with the journal replayed in order, deletions included', async () => {
    const first = await start();
    await first.core.items.create({ id: 'kept', tenantId: 't1', type: 'x', data: { v: 0 } });
    await first.core.items.create({ id: 'changed', tenantId: 't1', type: 'x', data: { v: 0 } });
    await first.core.items.create({ id: 'deleted', tenantId: 't1', type: 'x', data: { v: 0 } });
    await first.persistence.compact();
    for (const v of [1, 2, 3]) {
      await first.core.items.upsert({ id: 'changed', tenantId: 't1', type: 'x', data: { v } });
      await first.persistence.save();
    }
    await first.core.item('deleted', 't1').delete();
    await first.core.items.create({ id: 'added', tenantId: 't2', type: 'x', data: { v: 1 } });
    await first.persistence.save();
    await first.core.items.upsert({ id: 'added', tenantId: 't2', type: 'x', data: { v: 2 } });
    await first.persistence.save();
    assert.equal(await journalLines(), 6);
    await stop(first);

    const second = await start();
    assert.deepEqual(await dataOf(second, 'kept'), { v: 0 });
    assert.deepEqual(await dataOf(second, 'changed'), { v: 3 });
    assert.equal(await dataOf(second, 'deleted'), undefined);
    assert.deepEqual(await dataOf(second, 'added', 't2'), { v: 2 });
    const { resources } = await second.core.items.query('SELECT VALUE COUNT(1) FROM c').fetchAll();
    assert.deepEqual(resources, [3]);
  });

  it('should ignore a torn last journal line and append cleanly after it', async () => {
    const first = await start();
    await first.core.items.create({ id: 'a', tenantId: 't1', type: 'x', data: { v: 1 } });
    await first.persistence.save();
    await stop(first);
    await appendFile(
      journalPathOf(filePath),
      '{"sequence":2,"container":"core","partitionKeyPaths":["/tenantId"],"document":{"id":"b","ten',
    );

    const second = await start();
    assert.deepEqual(await dataOf(second, 'a'), { v: 1 });
    assert.equal(await dataOf(second, 'b'), undefined);
    await second.core.items.create({ id: 'c', tenantId: 't1', type: 'x', data: { v: 1 } });
    await second.persistence.save();
    await stop(second);

    const third = await start();
    assert.deepEqual(await dataOf(third, 'c'), { v: 1 });
    assert.equal(await journalLines(), 2);
  });

  it('should refuse a journal broken before its last line, naming the file but no content', async () => {
    const first = await start();
    await first.core.items.create({ id: 'a', tenantId: 't1', type: 'x', data: { name: 'Kari Nordmann' } });
    await first.persistence.save();
    await first.core.items.create({ id: 'b', tenantId: 't1', type: 'x', data: {} });
    await first.persistence.save();
    await stop(first);
    const lines = (await readFile(journalPathOf(filePath), 'utf8')).split('\n');
    lines[1] = lines[1]!.slice(0, 40);
    await writeFile(journalPathOf(filePath), lines.join('\n'));

    const server = await startEmbeddedCosmos();
    try {
      await assert.rejects(
        loadSnapshot(server.data, filePath),
        (error: unknown) =>
          isDomainError(error, 'invalid-input') && error.message.includes('snapshot.journal') && !error.message.includes('Kari'),
      );
    } finally {
      await server.stop();
    }
  });

  it('should compact into a new snapshot and an empty journal when the journal outgrows its limit, and at stop', async () => {
    const first = await start({ compactionMinimumBytes: 600 });
    await first.core.items.create({ id: 'a', tenantId: 't1', type: 'x', data: { v: 0 } });
    await first.persistence.compact();
    for (let v = 1; v <= 6; v += 1) {
      await first.core.items.upsert({ id: 'a', tenantId: 't1', type: 'x', data: { v, padding: 'x'.repeat(100) } });
      await first.persistence.save();
    }
    assert.ok((await journalLines()) < 6, 'the journal was compacted on the way');
    const snapshot = JSON.parse((await readFile(filePath, 'utf8')).split('\n')[0]! + ']}') as { version: number; journalSequence: number };
    assert.equal(snapshot.version, 2);
    assert.ok(snapshot.journalSequence > 0);

    await first.core.items.create({ id: 'b', tenantId: 't1', type: 'x', data: {} });
    await first.persistence.save();
    await first.persistence.compact();
    assert.equal(await journalLines(), 0);
    await stop(first);

    const second = await start();
    assert.deepEqual(await dataOf(second, 'a'), { v: 6, padding: 'x'.repeat(100) });
    assert.deepEqual(await dataOf(second, 'b'), {});
  });

  it('should skip journal entries the snapshot already holds (a stop between writing the snapshot and emptying the journal)', async () => {
    const first = await start();
    await first.core.items.create({ id: 'a', tenantId: 't1', type: 'x', data: { v: 1 } });
    await first.persistence.save();
    await first.core.items.upsert({ id: 'a', tenantId: 't1', type: 'x', data: { v: 2 } });
    await first.persistence.save();
    const journal = await readFile(journalPathOf(filePath), 'utf8');
    await first.core.items.upsert({ id: 'a', tenantId: 't1', type: 'x', data: { v: 3 } });
    // The snapshot with v3 (it holds the two journal entries and the write after them) …
    await saveSnapshot(first.server.data, 'introteam', filePath, { journalSequence: 2 });
    await stop(first);
    // … and the old journal, still saying v1 then v2.
    await writeFile(journalPathOf(filePath), journal);

    const second = await start();
    assert.deepEqual(await dataOf(second, 'a'), { v: 3 });
  });

  it('should restore a journal without a snapshot (a first run that never compacted)', async () => {
    const first = await start();
    await first.core.items.create({ id: 'a', tenantId: 't1', type: 'x', data: { v: 1 } });
    await first.persistence.save();
    await stop(first);

    const second = await start();
    assert.deepEqual(await dataOf(second, 'a'), { v: 1 });
  });
});
