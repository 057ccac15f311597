import assert from 'node:assert/strict';
import sinon from 'sinon';
import { VersionedDocumentStore, type DocumentKind } from '../../../../bot/src/platform/storage/cosmos/versioned-document-store.js';
import { useTestStorage } from '../../../support/cosmos/test-cosmos.js';
import { assertRejectsWithCode, newTenantId } from './contracts/contract-helpers.js';

interface Note {
  readonly tenantId: string;
  readonly id: string;
  readonly text: string;
  readonly count: number;
  /** Domain fields named like envelope or system fields must survive untouched. */
  readonly type?: string;
  readonly _etag?: string;
}

const NOTE_KIND: DocumentKind<Note> = { type: 'note', tenantIdOf: (n) => n.tenantId, keyOf: (n) => [n.id] };

describe('VersionedDocumentStore', () => {
  const storage = useTestStorage();
  const store = (): VersionedDocumentStore<Note> => new VersionedDocumentStore(storage().containers.core, NOTE_KIND);

  it('should store the value in an envelope of id, tenantId, type and data', async () => {
    const note: Note = { tenantId: newTenantId(), id: 'a/b', text: 'hei', count: 1, type: 'domain-type', _etag: 'domain' };
    await store().create(note);
    const { resource } = await storage().containers.core.item('note|a~2Fb', note.tenantId).read();
    assert.deepEqual(
      { id: resource.id, tenantId: resource.tenantId, type: resource.type, data: resource.data },
      {
        id: 'note|a~2Fb',
        tenantId: note.tenantId,
        type: 'note',
        data: note,
      },
    );
    assert.deepEqual((await store().read(note.tenantId, ['a/b']))?.value, note);
  });

  it('should throw conflict when replacing with a stale ETag (412)', async () => {
    const created = await store().create({ tenantId: newTenantId(), id: 'n1', text: 'v1', count: 1 });
    await store().replace({ ...created.value, text: 'v2' }, created.etag);
    await assertRejectsWithCode(store().replace({ ...created.value, text: 'v3' }, created.etag), 'conflict');
    assert.equal((await store().read(created.value.tenantId, ['n1']))?.value.text, 'v2');
  });

  it('should throw conflict when creating a document that exists (409)', async () => {
    const note: Note = { tenantId: newTenantId(), id: 'n1', text: 'v1', count: 1 };
    await store().create(note);
    await assertRejectsWithCode(store().create(note), 'conflict');
  });

  it('should apply both changes when another writer updates between read and write', async () => {
    const tenantId = newTenantId();
    await store().create({ tenantId, id: 'n1', text: 'x', count: 0 });
    interfereWithReplaces(1);
    let calls = 0;
    const result = await store().update(tenantId, ['n1'], (current) => {
      calls += 1;
      return { ...current!, text: `${current!.text}y` };
    });
    assert.equal(calls, 2);
    assert.deepEqual(result.value, { tenantId, id: 'n1', text: 'xy', count: 1 });
  });

  it('should give up with conflict when every attempt meets a newer version', async () => {
    const tenantId = newTenantId();
    await store().create({ tenantId, id: 'n1', text: 'x', count: 0 });
    interfereWithReplaces(Number.POSITIVE_INFINITY);
    let calls = 0;
    const attempt = store().update(
      tenantId,
      ['n1'],
      (current) => {
        calls += 1;
        return { ...current!, text: 'never' };
      },
      { maxAttempts: 3 },
    );
    await assertRejectsWithCode(attempt, 'conflict');
    assert.equal(calls, 3);
    assert.equal((await store().read(tenantId, ['n1']))?.value.text, 'x');
  });

  it('should refuse an update that changes the key', async () => {
    const tenantId = newTenantId();
    await assertRejectsWithCode(
      store().update(tenantId, ['n1'], () => ({ tenantId, id: 'n2', text: '', count: 0 })),
      'invalid-input',
    );
    await assertRejectsWithCode(
      store().update(tenantId, ['n1'], () => ({ tenantId: newTenantId(), id: 'n1', text: '', count: 0 })),
      'invalid-input',
    );
  });

  it('should page through a query with continuation tokens', async () => {
    const tenantId = newTenantId();
    for (let i = 0; i < 7; i += 1) {
      await store().create({ tenantId, id: `n${i}`, text: 't', count: i });
    }
    const seen: number[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await store().queryPage(tenantId, { orderBy: 'c.data.count' }, { maxItemCount: 3, continuationToken: token });
      seen.push(...page.items.map((item) => item.value.count));
      token = page.continuationToken;
      pages += 1;
    } while (token !== undefined && pages < 10);
    assert.deepEqual(seen, [0, 1, 2, 3, 4, 5, 6]);
    assert.equal(pages, 3);
  });

  it('should filter with parameters and return ETags when querying', async () => {
    const tenantId = newTenantId();
    await store().create({ tenantId, id: 'n1', text: 'O\'Brien " OR 1=1', count: 1 });
    await store().create({ tenantId, id: 'n2', text: 'annet', count: 2 });
    const found = await store().query(tenantId, {
      where: 'c.data.text = @text',
      parameters: [{ name: '@text', value: 'O\'Brien " OR 1=1' }],
    });
    assert.deepEqual(
      found.map((f) => f.value.id),
      ['n1'],
    );
    assert.equal(typeof found[0]?.etag, 'string');
  });

  it('should throw invalid-input when the tenant id is empty', async () => {
    await assertRejectsWithCode(store().read('', ['n1']), 'invalid-input');
    await assertRejectsWithCode(store().query(''), 'invalid-input');
  });

  const sandbox = sinon.createSandbox();
  afterEach(() => sandbox.restore());

  /**
   * Makes another writer change the document just before each of the next `times` replaces
   * reaches Cosmos, as a second app instance would between our read and our write.
   */
  function interfereWithReplaces(times: number): void {
    const container = storage().containers.core;
    const item = container.item.bind(container);
    let left = times;
    sandbox.stub(container, 'item').callsFake((id, partitionKey) => {
      const target = item(id, partitionKey);
      const replace = target.replace.bind(target);
      sandbox.stub(target, 'replace').callsFake(async (body, options) => {
        if (left > 0) {
          left -= 1;
          const { resource } = await item(id, partitionKey).read();
          await container.items.upsert({ ...resource, data: { ...resource.data, count: resource.data.count + 1 } });
        }
        return replace(body, options);
      });
      return target;
    });
  }
});
