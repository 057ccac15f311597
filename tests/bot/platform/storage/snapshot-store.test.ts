import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CosmosClient } from '@azure/cosmos';
import { createCosmosClient } from '../../../../bot/src/platform/storage/cosmos/create-cosmos-client.js';
import { ensureStorage } from '../../../../bot/src/platform/storage/cosmos/ensure-storage.js';
import { stripSystemFields } from '../../../../bot/src/platform/storage/cosmos/stored-document.js';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../../../bot/src/platform/storage/embedded/start-embedded-cosmos.js';
import { loadSnapshot, saveSnapshot } from '../../../../bot/src/platform/storage/embedded/snapshot-store.js';
import { startSnapshotSchedule } from '../../../../bot/src/platform/storage/embedded/snapshot-schedule.js';
import { assertRejectsWithCode } from './contracts/contract-helpers.js';

interface Running {
  readonly server: EmbeddedCosmos;
  readonly client: CosmosClient;
}

async function startServer(): Promise<Running> {
  const server = await startEmbeddedCosmos();
  return { server, client: createCosmosClient({ endpoint: server.endpoint, key: server.key, trustSelfSignedCertificate: true }) };
}

async function stopServer(running: Running | undefined): Promise<void> {
  running?.client.dispose();
  await running?.server.stop();
}

/** Every document of every container, without system fields, sorted for comparison. */
async function dump(client: CosmosClient, databaseName: string): Promise<Record<string, unknown[]>> {
  const database = client.database(databaseName);
  const { resources } = await database.containers.readAll().fetchAll();
  const result: Record<string, unknown[]> = {};
  for (const definition of resources) {
    const { resources: documents } = await database.container(definition.id).items.readAll().fetchAll();
    result[`${definition.id} ${definition.partitionKey?.paths.join(',')}`] = documents
      .map((d) => stripSystemFields(d))
      .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  }
  return result;
}

/** The counts a load reports, without its bookkeeping for the journal. */
function summary(loaded: { databaseName: string; containers: number; documents: number } | undefined): unknown {
  return loaded === undefined
    ? undefined
    : { databaseName: loaded.databaseName, containers: loaded.containers, documents: loaded.documents };
}

describe('snapshot-store', () => {
  let folder: string;
  let first: Running | undefined;
  let second: Running | undefined;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'introteam-snapshot-'));
    first = await startServer();
  });

  afterEach(async () => {
    await stopServer(first);
    await stopServer(second);
    first = second = undefined;
    await rm(folder, { recursive: true, force: true });
  });

  it('should restore the same containers and documents on a new server when saved and loaded', async () => {
    const containers = await ensureStorage(first!.client, { databaseName: 'introteam' });
    for (let i = 0; i < 25; i += 1) {
      await containers.core.items.create({
        id: `unit|u${i}`,
        tenantId: `t${i % 3}`,
        type: 'unit',
        data: { id: `u${i}`, name: `Enhet ${i}` },
      });
    }
    await containers.audit.items.create({ id: 'audit-entry|e1', tenantId: 't1', type: 'audit-entry', data: { at: '2026-01-01' } });
    const { database } = await first!.client.databases.createIfNotExists({ id: 'introteam' });
    await database.containers.create({ id: 'extra', partitionKey: { paths: ['/other'] } });
    const filePath = join(folder, 'nested', 'snapshot.json');

    const saved = await saveSnapshot(first!.server.data, 'introteam', filePath, { sliceMs: 0 });
    second = await startServer();
    const loaded = await loadSnapshot(second.server.data, filePath);

    assert.deepEqual(saved, { databaseName: 'introteam', containers: 5, documents: 26 });
    assert.deepEqual(summary(loaded), saved);
    const expected = await dump(first!.client, 'introteam');
    assert.equal(expected['core /tenantId']?.length, 25);
    assert.deepEqual(await dump(second.client, 'introteam'), expected);
  });

  it('should restore every document with its id and partition key when there are more than a batch per partition', async () => {
    const containers = await ensureStorage(first!.client, { databaseName: 'introteam' });
    for (let i = 0; i < 330; i += 1) {
      await containers.core.items.create({
        id: `unit-flow|s${i}`,
        tenantId: `t${i % 2}`,
        type: 'unit-flow',
        data: { tasks: [{ taskId: `k${i}` }] },
      });
    }
    for (let i = 0; i < 40; i += 1) {
      await containers.personalData.items.create({
        id: `personal-record|s${i}`,
        tenantId: `t${i % 4}`,
        type: 'personal-record',
        data: { n: i },
      });
      await containers.outbox.items.create({ id: `outbox-message|s${i}`, tenantId: `t${i % 3}`, type: 'outbox-message', data: { n: i } });
    }
    const { database } = await first!.client.databases.createIfNotExists({ id: 'introteam' });
    const { container: extra } = await database.containers.create({ id: 'extra', partitionKey: { paths: ['/nested/key'] } });
    await extra.items.create({ id: 'nested', nested: { key: 'k1' } });
    await extra.items.create({ id: 'no-key-value' });
    const filePath = join(folder, 'snapshot.json');
    await saveSnapshot(first!.server.data, 'introteam', filePath);

    second = await startServer();
    const loaded = await loadSnapshot(second.server.data, filePath);

    assert.equal(loaded?.documents, 330 + 40 + 40 + 2);
    const expected = await dump(first!.client, 'introteam');
    assert.equal(expected['core /tenantId']?.length, 330);
    assert.deepEqual(await dump(second.client, 'introteam'), expected);
    const { resource } = await second.client.database('introteam').container('core').item('unit-flow|s7', 't1').read();
    assert.equal(resource?.type, 'unit-flow');
    const { resource: nested } = await second.client.database('introteam').container('extra').item('nested', 'k1').read();
    assert.equal(nested?.id, 'nested');
  });

  it('should load a file in the layout earlier versions wrote (indented, system fields kept) into the containers ensureStorage made', async () => {
    await ensureStorage(first!.client, { databaseName: 'introteam' });
    const filePath = join(folder, 'snapshot.json');
    const old = {
      format: 'introteam-cosmos-snapshot',
      version: 1,
      savedAt: '2026-11-30T12:00:00.000Z',
      databaseName: 'introteam',
      containers: [
        {
          id: 'core',
          partitionKey: { paths: ['/tenantId'] },
          documents: [{ id: 'tenant', tenantId: 't1', type: 'tenant', data: { name: 'Demo' }, _etag: 'old', _rid: 'old', _ts: 1 }],
        },
      ],
    };
    await writeFile(filePath, JSON.stringify(old, null, 1));

    assert.deepEqual(summary(await loadSnapshot(first!.server.data, filePath)), { databaseName: 'introteam', containers: 1, documents: 1 });

    const { resource } = await first!.client.database('introteam').container('core').item('tenant', 't1').read();
    assert.deepEqual(resource?.data, { name: 'Demo' });
    assert.notEqual(resource?._etag, 'old');
    const { resource: core } = await first!.client.database('introteam').container('core').read();
    assert.equal(core?.indexingPolicy?.compositeIndexes?.length, 1);
  });

  it('should leave the documents unchanged when the same snapshot is loaded twice', async () => {
    const containers = await ensureStorage(first!.client, { databaseName: 'introteam' });
    await containers.core.items.create({ id: 'tenant', tenantId: 't1', type: 'tenant', data: { name: 'Demo' } });
    const filePath = join(folder, 'snapshot.json');
    await saveSnapshot(first!.server.data, 'introteam', filePath);
    second = await startServer();
    await loadSnapshot(second.server.data, filePath);
    await loadSnapshot(second.server.data, filePath);
    assert.deepEqual(await dump(second.client, 'introteam'), await dump(first!.client, 'introteam'));
  });

  it('should write no file and leave no temporary file when the database does not exist', async () => {
    const filePath = join(folder, 'snapshot.json');
    await assertRejectsWithCode(saveSnapshot(first!.server.data, 'missing', filePath), 'not-found');
    assert.deepEqual(await readdir(folder), []);
  });

  it('should replace the file atomically, readable by its owner only, when saving again', async () => {
    const containers = await ensureStorage(first!.client, { databaseName: 'introteam' });
    const filePath = join(folder, 'snapshot.json');
    await saveSnapshot(first!.server.data, 'introteam', filePath);
    await containers.core.items.create({ id: 'tenant', tenantId: 't1', type: 'tenant', data: {} });
    await saveSnapshot(first!.server.data, 'introteam', filePath);
    assert.deepEqual(await readdir(folder), ['snapshot.json']);
    assert.equal((await stat(filePath)).mode & 0o777, 0o600);
    assert.match(await readFile(filePath, 'utf8'), /"id":"tenant"/);
  });

  it('should return undefined when there is no snapshot file', async () => {
    assert.equal(await loadSnapshot(first!.server.data, join(folder, 'none.json')), undefined);
  });

  it('should throw invalid-input and create nothing when the file is not a snapshot', async () => {
    const filePath = join(folder, 'snapshot.json');
    await writeFile(filePath, '{"format":"something-else"}');
    await assertRejectsWithCode(loadSnapshot(first!.server.data, filePath), 'invalid-input');
    await writeFile(filePath, '{ not json');
    await assertRejectsWithCode(loadSnapshot(first!.server.data, filePath), 'invalid-input');
    const { resources } = await first!.client.databases.readAll().fetchAll();
    assert.deepEqual(resources, []);
  });

  it('should keep the file as it is when the schedule saves with no write since its last save', async () => {
    const containers = await ensureStorage(first!.client, { databaseName: 'introteam' });
    const filePath = join(folder, 'snapshot.json');
    const schedule = startSnapshotSchedule({
      data: first!.server.data,
      databaseName: 'introteam',
      filePath,
      intervalMs: 60_000,
      log: () => undefined,
      changeMarker: first!.server.writeCount,
    });
    try {
      assert.equal(await schedule.saveNow(), true);
      const saved = await stat(filePath);
      await containers.core.items.readAll().fetchAll();
      assert.equal(await schedule.saveNow(), true);
      assert.equal((await stat(filePath)).ino, saved.ino);
      await containers.core.items.create({ id: 'tenant', tenantId: 't1', type: 'tenant', data: {} });
      assert.equal(await schedule.saveNow(), true);
      assert.notEqual((await stat(filePath)).ino, saved.ino);
      assert.match(await readFile(filePath, 'utf8'), /"id":"tenant"/);
    } finally {
      await schedule.stop();
    }
  });

  it('should write a loadable file with every document written before the save began when writes go on during the save', async () => {
    const containers = await ensureStorage(first!.client, { databaseName: 'introteam' });
    for (let i = 0; i < 60; i += 1) {
      await containers.core.items.create({ id: `before|${i}`, tenantId: `t${i % 2}`, type: 'unit', data: { i } });
    }
    const filePath = join(folder, 'snapshot.json');
    const writes = Promise.all(
      Array.from({ length: 40 }, (_, i) => containers.core.items.upsert({ id: `during|${i}`, tenantId: 't1', type: 'unit', data: { i } })),
    );
    const saving = saveSnapshot(first!.server.data, 'introteam', filePath, { sliceMs: 0 });
    await writes;
    const saved = await saving;

    second = await startServer();
    const loaded = await loadSnapshot(second.server.data, filePath);
    assert.deepEqual(summary(loaded), saved);
    const restored = (await dump(second.client, 'introteam'))['core /tenantId'] ?? [];
    const ids = new Set(restored.map((d) => (d as { id: string }).id));
    assert.equal(ids.size, restored.length);
    for (let i = 0; i < 60; i += 1) {
      assert.ok(ids.has(`before|${i}`), `before|${i} is in the snapshot`);
    }
  });
});
