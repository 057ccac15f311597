import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { createCosmosClient } from '../../../../bot/src/platform/storage/cosmos/create-cosmos-client.js';
import { startEmbeddedCosmos } from '../../../../bot/src/platform/storage/embedded/start-embedded-cosmos.js';
import { assertRejectsWithCode } from './contracts/contract-helpers.js';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('startEmbeddedCosmos', () => {
  it('should serve the Cosmos API on a loopback https endpoint when started on port 0', async () => {
    const server = await startEmbeddedCosmos();
    const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, trustSelfSignedCertificate: true });
    try {
      assert.match(server.endpoint, /^https:\/\/127\.0\.0\.1:\d+$/);
      const { database } = await client.databases.createIfNotExists({ id: 'probe' });
      assert.equal(database.id, 'probe');
    } finally {
      client.dispose();
      await server.stop();
      await server.stop();
    }
  });

  it('should listen on the given port when one is given', async () => {
    const port = await freePort();
    const server = await startEmbeddedCosmos({ port });
    try {
      assert.equal(server.endpoint, `https://127.0.0.1:${port}`);
    } finally {
      await server.stop();
    }
  });

  it('should throw storage-unavailable when the port is taken', async () => {
    const first = await startEmbeddedCosmos();
    try {
      const port = Number(new URL(first.endpoint).port);
      await assertRejectsWithCode(startEmbeddedCosmos({ port }), 'storage-unavailable');
    } finally {
      await first.stop();
    }
  });
});
