import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CosmosClient } from '@azure/cosmos';
import { createCosmosClient } from '../../../../../bot/src/platform/storage/cosmos/create-cosmos-client.js';
import { ensureStorage } from '../../../../../bot/src/platform/storage/cosmos/ensure-storage.js';
import { EMBEDDED_PACKAGE_FOLDER } from '../../../../../bot/src/platform/storage/embedded/embedded-account.js';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../../../../bot/src/platform/storage/embedded/start-embedded-cosmos.js';

// The snapshot reads and writes @vercel/cosmosdb-server's in-memory account directly. These tests
// fail when an upgrade of the package changes the internals that relies on.
describe('embedded server data in memory (@vercel/cosmosdb-server internals)', () => {
  let server: EmbeddedCosmos;
  let client: CosmosClient;

  beforeEach(async () => {
    server = await startEmbeddedCosmos();
    client = createCosmosClient({ endpoint: server.endpoint, key: server.key, trustSelfSignedCertificate: true });
  });
  afterEach(async () => {
    client.dispose();
    await server.stop();
  });

  it('should be the package version whose internals are used (1.0.1)', () => {
    const manifest = JSON.parse(readFileSync(join(EMBEDDED_PACKAGE_FOLDER, 'package.json'), 'utf8')) as { version: string };
    assert.equal(manifest.version, '1.0.1');
  });

  it('should list the containers and documents written through the Cosmos API, with their system fields', async () => {
    const containers = await ensureStorage(client, { databaseName: 'introteam' });
    await containers.core.items.create({ id: 'unit|a', tenantId: 't1', type: 'unit', data: { n: 1 } });
    await containers.audit.items.create({ id: 'audit|a', tenantId: 't2', type: 'audit-entry', data: {} });

    const listed = server.data.containers('introteam');

    assert.deepEqual(
      listed?.map((c) => [c.id, c.partitionKeyPaths]),
      [
        ['audit', ['/tenantId']],
        ['core', ['/tenantId']],
        ['outbox', ['/tenantId']],
        ['personal-data', ['/tenantId']],
      ],
    );
    const [document] = listed?.find((c) => c.id === 'core')?.documents() ?? [];
    assert.equal(document?.id, 'unit|a');
    assert.deepEqual(document?.data, { n: 1 });
    assert.equal(typeof document?._etag, 'string');
    assert.equal(typeof document?._rid, 'string');
    assert.equal(server.data.containers('missing'), undefined);
  });

  it('should keep a taken list of documents as it was when documents are replaced, created and deleted afterwards', async () => {
    const containers = await ensureStorage(client, { databaseName: 'introteam' });
    await containers.core.items.create({ id: 'a', tenantId: 't1', type: 'unit', data: { v: 1 } });
    await containers.core.items.create({ id: 'b', tenantId: 't1', type: 'unit', data: { v: 1 } });
    const core = server.data.containers('introteam')?.find((c) => c.id === 'core');
    const taken = core?.documents() ?? [];

    await containers.core.items.upsert({ id: 'a', tenantId: 't1', type: 'unit', data: { v: 2 } });
    await containers.core.item('b', 't1').delete();
    await containers.core.items.create({ id: 'c', tenantId: 't1', type: 'unit', data: { v: 1 } });

    assert.deepEqual(
      taken.map((d) => [d.id, d.data]),
      [
        ['a', { v: 1 }],
        ['b', { v: 1 }],
      ],
    );
    assert.deepEqual(new Set(core?.documents().map((d) => `${d.id} ${JSON.stringify(d.data)}`)), new Set(['a {"v":2}', 'c {"v":1}']));
  });

  it('should upsert documents in memory that the Cosmos API then reads, queries by partition and replaces with their ETag', async () => {
    const containers = await ensureStorage(client, { databaseName: 'introteam' });
    const core = server.data.ensureContainer('introteam', 'core', ['/tenantId']);

    core.upsert({ id: 'settlement|1', tenantId: 't1', type: 'settlement', data: { id: '1', arrivalDate: '2026-01-02' } });
    core.upsert({ id: 'settlement|2', tenantId: 't1', type: 'settlement', data: { id: '2', arrivalDate: '2026-01-03' } });
    core.upsert({ id: 'settlement|2', tenantId: 't1', type: 'settlement', data: { id: '2', arrivalDate: '2026-01-01' } });
    core.upsert({ id: 'settlement|2', tenantId: 't2', type: 'settlement', data: { id: '2', arrivalDate: '2026-01-04' } });

    const { resource, etag } = await containers.core.item('settlement|2', 't1').read();
    assert.deepEqual(resource?.data, { id: '2', arrivalDate: '2026-01-01' });
    const { resources } = await containers.core.items
      .query('SELECT c.id FROM c WHERE c.tenantId = "t1" ORDER BY c.data.arrivalDate DESC, c.data.id DESC', { partitionKey: 't1' })
      .fetchAll();
    assert.deepEqual(resources, [{ id: 'settlement|1' }, { id: 'settlement|2' }]);
    await containers.core
      .item('settlement|2', 't1')
      .replace({ ...resource, data: { id: '2' } }, { accessCondition: { type: 'IfMatch', condition: etag } });
    assert.equal(core.documents().length, 3);
  });

  it('should keep an existing container with its indexing policy, and create a missing one with its partition key', async () => {
    await ensureStorage(client, { databaseName: 'introteam' });
    await client.database('introteam').container('core').items.create({ id: 'x', tenantId: 't1', type: 'unit', data: {} });

    server.data.ensureContainer('introteam', 'core', ['/tenantId']);
    const extra = server.data.ensureContainer('other-db', 'extra', ['/nested/key']);
    extra.upsert({ id: 'n', nested: { key: 'k1' } });

    const { resource: core } = await client.database('introteam').container('core').read();
    assert.equal(core?.indexingPolicy?.compositeIndexes?.length, 1);
    assert.equal(
      server.data
        .containers('introteam')
        ?.find((c) => c.id === 'core')
        ?.documents().length,
      1,
    );
    const { resource: created } = await client.database('other-db').container('extra').read();
    assert.deepEqual(created?.partitionKey?.paths, ['/nested/key']);
    const { resource: nested } = await client.database('other-db').container('extra').item('n', 'k1').read();
    assert.equal(nested?.id, 'n');
  });

  it("should restore documents with the _rid sequence the server's create gives, and serve them like created ones", async () => {
    const containers = await ensureStorage(client, { databaseName: 'introteam' });
    const created = await containers.outbox.items.create({ id: 'reference', tenantId: 't1', type: 'x', data: {} });
    const core = server.data.ensureContainer('introteam', 'core', ['/tenantId']);
    // Past 127 and 255: the package builds _rid through signed big integers, so the byte edges matter.
    const count = 300;

    core.restore(
      Array.from({ length: count }, (_, i) => ({
        id: `settlement|${i}`,
        tenantId: i % 2 ? 't1' : 't2',
        type: 'settlement',
        data: { id: String(i), arrivalDate: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` },
        _etag: 'old',
        _rid: 'old',
      })),
    );

    const outbox = server.data.ensureContainer('introteam', 'outbox', ['/tenantId']);
    outbox.restore(Array.from({ length: count }, (_, i) => ({ id: `m|${i}`, tenantId: 't1', type: 'x', data: {} })));
    const packageRids = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      const { resource } = await containers.outbox.items.create({ id: `api|${i}`, tenantId: 't1', type: 'x', data: {} });
      packageRids.add(String(resource?._rid));
    }
    assert.equal(
      String(created.resource?._rid).slice(0, 8),
      outbox
        .documents()
        .find((d) => d.id === 'm|0')
        ?._rid?.toString()
        .slice(0, 8),
    );
    const restoredRids = new Set(
      outbox
        .documents()
        .filter((d) => d.id.startsWith('m|'))
        .map((d) => String(d._rid)),
    );
    assert.equal(restoredRids.size, count);
    assert.equal([...packageRids].filter((rid) => restoredRids.has(rid)).length, 0, 'the server goes on after the restored ones');

    const { resource, etag } = await containers.core.item('settlement|7', 't1').read();
    assert.deepEqual(resource?.data, { id: '7', arrivalDate: '2026-01-08' });
    assert.notEqual(etag, 'old');
    assert.equal(resource?._self, `${String(resource?._self).split('/docs/')[0]}/docs/${String(resource?._rid)}/`);
    const { resources } = await containers.core.items
      .query('SELECT TOP 2 c.id FROM c WHERE c.tenantId = "t1" ORDER BY c.data.arrivalDate DESC, c.data.id DESC', { partitionKey: 't1' })
      .fetchAll();
    assert.deepEqual(resources, [{ id: 'settlement|83' }, { id: 'settlement|55' }]); // day 28, then data.id as text, descending
    await containers.core
      .item('settlement|7', 't1')
      .replace({ ...resource, data: { id: '7' } }, { accessCondition: { type: 'IfMatch', condition: etag } });
    await assert.rejects(
      containers.core
        .item('settlement|7', 't1')
        .replace({ ...resource, data: { id: 'stale' } }, { accessCondition: { type: 'IfMatch', condition: etag } }),
      (error: { code?: number }) => error.code === 412,
    );
    await assert.rejects(
      containers.core.items.create({ id: 'settlement|7', tenantId: 't1', type: 'settlement', data: {} }),
      (error: { code?: number }) => error.code === 409,
    );
    core.restore([{ id: 'settlement|7', tenantId: 't1', type: 'settlement', data: { id: 'again' } }]);
    assert.equal(core.documents().length, count, 'a document already there is replaced, not added');
  });

  it('should give the restored _rid byte for byte as the server builds it', async () => {
    await ensureStorage(client, { databaseName: 'introteam' });
    const viaApi = await client.database('introteam').container('audit').items.create({ id: 'a', tenantId: 't1', type: 'x', data: {} });
    const audit = server.data.ensureContainer('introteam', 'audit', ['/tenantId']);
    const fresh = server.data.ensureContainer('introteam', 'fresh', ['/tenantId']);
    fresh.restore([{ id: 'a', tenantId: 't1', type: 'x', data: {} }]);
    // Both are the first document of a collection: the same sequence number, so the same document bytes.
    const documentBytes = (rid: unknown) => Buffer.from(String(rid), 'base64').subarray(8).toString('hex');
    assert.equal(documentBytes(fresh.documents()[0]?._rid), documentBytes(viaApi.resource?._rid));
    assert.equal(audit.documents().length, 1);
  });

  it('should note each written document once, deletions included, and a container created meanwhile', async () => {
    const containers = await ensureStorage(client, { databaseName: 'introteam' });
    const changes = server.data.trackChanges('introteam');
    await containers.core.items.create({ id: 'a', tenantId: 't1', type: 'unit', data: { v: 1 } });
    await containers.core.items.upsert({ id: 'a', tenantId: 't1', type: 'unit', data: { v: 2 } });
    await containers.core.items.create({ id: 'b', tenantId: 't2', type: 'unit', data: {} });
    await containers.core.item('b', 't2').delete();
    await containers.audit.items.batch(
      [{ operationType: 'Create', resourceBody: { id: 'e', tenantId: 't1', type: 'audit-entry', data: {} } }],
      't1',
    );

    const first = changes.take();
    assert.equal(first.containersChanged, false);
    assert.deepEqual(
      first.containers.map(({ container, documents }) => [container.id, documents.map((d) => `${d.id}@${String(d.partitionKey)}`)]).sort(),
      [
        ['audit', ['e@t1']],
        ['core', ['a@t1', 'b@t2']],
      ],
    );
    assert.deepEqual(changes.take(), { containers: [], containersChanged: false });

    await client.database('introteam').containers.create({ id: 'later', partitionKey: { paths: ['/tenantId'] } });
    assert.equal(changes.take().containersChanged, true);
    changes.stop();
    await containers.core.items.create({ id: 'c', tenantId: 't1', type: 'unit', data: {} });
    assert.deepEqual(changes.take().containers.length, 0);
  });
});
