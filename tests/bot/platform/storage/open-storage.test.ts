import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openStorage } from '../../../../bot/src/platform/storage/open-storage.js';
import { RecordingLogger } from '../../../support/recording-logger.js';

describe('openStorage with the embedded server: data survives a restart', function () {
  this.timeout(30_000);
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'introteam-open-storage-'));
  });
  afterEach(async () => rm(dataDir, { recursive: true, force: true }));

  const open = () =>
    openStorage({
      cosmos: { kind: 'embedded', dataDir, databaseName: 'introteam' },
      logger: new RecordingLogger(),
      snapshotIntervalMs: 60_000,
    });

  it('should give back what was stored before close, with the settlement list’s index in place', async () => {
    const first = await open();
    await first.containers.core.items.create({
      id: 'settlement|a',
      tenantId: 't1',
      type: 'settlement',
      data: { id: 'a', arrivalDate: '2026-12-01' },
    });
    await first.close();
    const second = await open();
    try {
      const { resources } = await second.containers.core.items
        .query('SELECT c.id FROM c WHERE c.tenantId = "t1" ORDER BY c.data.arrivalDate DESC, c.data.id DESC', { partitionKey: 't1' })
        .fetchAll();
      assert.deepEqual(resources, [{ id: 'settlement|a' }]);
    } finally {
      await second.close();
    }
  });

  it('should keep every document of a snapshot saved before the composite index existed', async () => {
    // A snapshot from an older version: the core container has only its partition key.
    await mkdir(path.join(dataDir, 'cosmos'), { recursive: true });
    const documents = Array.from({ length: 30 }, (_, i) => ({
      id: `settlement|${i}`,
      tenantId: 't1',
      type: 'settlement',
      data: { id: String(i).padStart(2, '0'), arrivalDate: `2026-12-${String((i % 28) + 1).padStart(2, '0')}` },
    }));
    const snapshot = {
      format: 'introteam-cosmos-snapshot',
      version: 1,
      savedAt: '2026-11-30T12:00:00.000Z',
      databaseName: 'introteam',
      containers: [
        { id: 'core', partitionKey: { paths: ['/tenantId'] }, documents },
        { id: 'personal-data', partitionKey: { paths: ['/tenantId'] }, documents: [] },
        { id: 'audit', partitionKey: { paths: ['/tenantId'] }, documents: [] },
        { id: 'outbox', partitionKey: { paths: ['/tenantId'] }, documents: [] },
      ],
    };
    await writeFile(path.join(dataDir, 'cosmos', 'snapshot.json'), JSON.stringify(snapshot));
    const storage = await open();
    try {
      const { resources } = await storage.containers.core.items
        .query('SELECT VALUE c.id FROM c WHERE c.tenantId = "t1" ORDER BY c.data.arrivalDate DESC, c.data.id DESC', { partitionKey: 't1' })
        .fetchAll();
      assert.equal(resources.length, 30, 'no document was lost to the index change');
    } finally {
      await storage.close();
    }
  });
});
