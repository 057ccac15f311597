import assert from 'node:assert/strict';
import { createTestStorage, type TestStorage } from '../../../../support/cosmos/test-cosmos.js';

describe('embedded server: query plans are answered without running the query', () => {
  let storage: TestStorage;
  before(async () => {
    storage = await createTestStorage();
    for (let i = 0; i < 40; i += 1) {
      await storage.containers.core.items.create({
        id: `probe|${i}`,
        tenantId: 't1',
        type: 'probe',
        data: { n: i, text: 'x'.repeat(500) },
      });
    }
  });
  after(async () => storage.dispose());

  it('should answer the plan in a few hundred bytes and the query with its documents, in order and paged', async () => {
    const query = {
      query: 'SELECT * FROM c WHERE c.tenantId = @t AND c.type = @type ORDER BY c.data.n DESC',
      parameters: [
        { name: '@t', value: 't1' },
        { name: '@type', value: 'probe' },
      ],
    };
    const iterator = storage.containers.core.items.query<{ data: { n: number } }>(query, { partitionKey: 't1', maxItemCount: 15 });
    const first = await iterator.fetchNext();
    const plan = first.diagnostics.clientSideRequestStatistics.metadataDiagnostics.metadataLookups.find(
      (lookup) => lookup.metaDataType === 'QUERY_PLAN_LOOK_UP',
    );
    assert.ok(plan, 'the client asked for a plan');
    assert.ok(plan.responsePayloadLengthInBytes < 1_000, `the plan was ${plan.responsePayloadLengthInBytes} bytes: the query ran for it`);
    const all = [...first.resources];
    while (iterator.hasMoreResults()) all.push(...(await iterator.fetchNext()).resources);
    assert.deepEqual(
      all.map((d) => d.data.n),
      Array.from({ length: 40 }, (_, i) => 39 - i),
    );
  });

  it('should still count and aggregate', async () => {
    const { resources } = await storage.containers.core.items
      .query('SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = "t1"', { partitionKey: 't1' })
      .fetchAll();
    assert.deepEqual(resources, [40]);
  });
});
