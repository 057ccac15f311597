import assert from 'node:assert/strict';
import { createCosmosClient } from '../../../../../bot/src/platform/storage/cosmos/create-cosmos-client.js';
import { startEmbeddedCosmos } from '../../../../../bot/src/platform/storage/embedded/start-embedded-cosmos.js';

describe('startEmbeddedCosmos writeCount', () => {
  it('should count answered writes and not reads or queries', async () => {
    const server = await startEmbeddedCosmos();
    const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, trustSelfSignedCertificate: true });
    try {
      const { database } = await client.databases.createIfNotExists({ id: 'count' });
      const { container } = await database.containers.createIfNotExists({ id: 'core', partitionKey: { paths: ['/tenantId'] } });
      const afterSetup = server.writeCount();
      assert.ok(afterSetup > 0);

      await container.items.create({ id: 'a', tenantId: 't1' });
      await container.items.upsert({ id: 'a', tenantId: 't1', n: 1 });
      const afterWrites = server.writeCount();
      assert.equal(afterWrites, afterSetup + 2);

      await container.item('a', 't1').read();
      await container.items.query('SELECT * FROM c WHERE c.tenantId = "t1"').fetchAll();
      await container.items.readAll().fetchAll();
      await database.read();
      assert.equal(server.writeCount(), afterWrites);

      await container.item('a', 't1').delete();
      assert.equal(server.writeCount(), afterWrites + 1);
    } finally {
      client.dispose();
      await server.stop();
    }
  });
});
