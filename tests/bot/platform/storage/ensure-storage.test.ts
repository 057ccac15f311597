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
