import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { ensureStorage } from '../../../../bot/src/platform/storage/cosmos/ensure-storage.js';
import { CONTAINER_NAMES } from '../../../../bot/src/platform/storage/cosmos/storage-layout.js';
import { sharedCosmos } from '../../../support/cosmos/test-cosmos.js';
import { assertRejectsWithCode } from './contracts/contract-helpers.js';

describe('ensureStorage', () => {
  const databaseName = `test-ensure-${randomUUID()}`;
  after(async () => {
    const { client } = await sharedCosmos();
    await client
      .database(databaseName)
      .delete()
      .catch(() => undefined);
  });

  it('should create the four containers partitioned on /tenantId when the database is new', async () => {
    const { client } = await sharedCosmos();
    const containers = await ensureStorage(client, { databaseName });
    assert.deepEqual(
      [containers.core.id, containers.personalData.id, containers.audit.id, containers.outbox.id],
      ['core', 'personal-data', 'audit', 'outbox'],
    );
    const { resources } = await client.database(databaseName).containers.readAll().fetchAll();
    assert.deepEqual(resources.map((c) => c.id).sort(), Object.values(CONTAINER_NAMES).sort());
    assert.ok(resources.every((c) => c.partitionKey?.paths.length === 1 && c.partitionKey.paths[0] === '/tenantId'));
  });

  it('should add the composite index the settlement list needs to a core container made without it', async () => {
    const { client } = await sharedCosmos();
    const olderDatabase = `test-ensure-index-${randomUUID()}`;
    try {
      const { database } = await client.databases.createIfNotExists({ id: olderDatabase });
      const { container } = await database.containers.createIfNotExists({ id: 'core', partitionKey: { paths: ['/tenantId'] } });
      await container.items.create({
        id: 'settlement|a',
        tenantId: 't1',
        type: 'settlement',
        data: { id: 'a', arrivalDate: '2026-12-01' },
      });
      const containers = await ensureStorage(client, { databaseName: olderDatabase });
      const { resource } = await containers.core.read();
      assert.deepEqual(resource?.indexingPolicy?.compositeIndexes, [
        [
          { path: '/data/arrivalDate', order: 'descending' },
          { path: '/data/id', order: 'descending' },
        ],
      ]);
      // Azure Cosmos DB keeps a container's documents when its policy changes; the embedded server starts it
      // empty, which is why openStorage ensures the containers before it restores the local snapshot.
      await containers.core.items.create({
        id: 'settlement|a',
        tenantId: 't1',
        type: 'settlement',
        data: { id: 'a', arrivalDate: '2026-12-01' },
      });
      const { resources } = await containers.core.items
        .query('SELECT c.id FROM c ORDER BY c.data.arrivalDate DESC, c.data.id DESC', { partitionKey: 't1' })
        .fetchAll();
      assert.deepEqual(resources, [{ id: 'settlement|a' }], 'the two-field ORDER BY is served');
      await ensureStorage(client, { databaseName: olderDatabase });
      const again = await containers.core.read();
      assert.equal(again.resource?.indexingPolicy?.compositeIndexes?.length, 1, 'run again, it adds nothing twice');
    } finally {
      await client
        .database(olderDatabase)
        .delete()
        .catch(() => undefined);
    }
  });

  it('should keep existing documents and containers when run again', async () => {
    const { client } = await sharedCosmos();
    const first = await ensureStorage(client, { databaseName });
    await first.core.items.create({ id: 'keep-me', tenantId: 't1', type: 'probe' });
    const second = await ensureStorage(client, { databaseName });
    const { resource } = await second.core.item('keep-me', 't1').read();
    assert.equal(resource?.id, 'keep-me');
    const { resources } = await client.database(databaseName).containers.readAll().fetchAll();
    assert.equal(resources.length, 4);
  });

  it('should refuse a container that is partitioned on another path', async () => {
    const { client } = await sharedCosmos();
    const otherName = `test-ensure-wrong-${randomUUID()}`;
    const { database } = await client.databases.createIfNotExists({ id: otherName });
    try {
      await database.containers.create({ id: 'core', partitionKey: { paths: ['/id'] } });
      await assertRejectsWithCode(ensureStorage(client, { databaseName: otherName }), 'storage-unavailable');
    } finally {
      await database.delete();
    }
  });
});
