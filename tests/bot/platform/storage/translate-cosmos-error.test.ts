import assert from 'node:assert/strict';
import { ErrorResponse } from '@azure/cosmos';
import { isDomainError, type DomainErrorCode } from '../../../../bot/src/kernel/domain-error.js';
import { createCosmosClient } from '../../../../bot/src/platform/storage/cosmos/create-cosmos-client.js';
import { translateCosmosError } from '../../../../bot/src/platform/storage/cosmos/translate-cosmos-error.js';
import { startEmbeddedCosmos } from '../../../../bot/src/platform/storage/embedded/start-embedded-cosmos.js';
import { useTestStorage } from '../../../support/cosmos/test-cosmos.js';

/** Runs the operation, expects it to fail, and returns the translated error. */
async function translated(operation: () => Promise<unknown>): Promise<{ code: DomainErrorCode; cause: unknown; message: string }> {
  try {
    await operation();
  } catch (error) {
    const domainError = translateCosmosError(error, 'test');
    assert.ok(isDomainError(domainError));
    assert.equal(domainError.cause, error);
    return { code: domainError.code, cause: error, message: domainError.message };
  }
  assert.fail('expected the operation to fail');
}

describe('translateCosmosError on errors from the real SDK', () => {
  const storage = useTestStorage();

  it('should give conflict for a 409 when the id exists', async () => {
    const core = storage().containers.core;
    await core.items.create({ id: 'dup', tenantId: 't1' });
    const { code, cause } = await translated(() => core.items.create({ id: 'dup', tenantId: 't1' }));
    assert.equal(code, 'conflict');
    assert.ok(cause instanceof ErrorResponse);
  });

  it('should give conflict for a 412 when the ETag is stale', async () => {
    const core = storage().containers.core;
    await core.items.create({ id: 'etag', tenantId: 't1' });
    const { code } = await translated(() =>
      core.item('etag', 't1').replace({ id: 'etag', tenantId: 't1' }, { accessCondition: { type: 'IfMatch', condition: '"stale"' } }),
    );
    assert.equal(code, 'conflict');
  });

  it('should give not-found for a 404 when replacing a missing document', async () => {
    const core = storage().containers.core;
    const { code } = await translated(() => core.item('missing', 't1').replace({ id: 'missing', tenantId: 't1' }));
    assert.equal(code, 'not-found');
  });

  it('should give invalid-input for a 400 when the query does not parse (OFFSET LIMIT here)', async () => {
    const core = storage().containers.core;
    const { code } = await translated(() =>
      core.items.query('SELECT * FROM c WHERE c.tenantId = "t1" OFFSET 0 LIMIT 1', { partitionKey: 't1' }).fetchAll(),
    );
    assert.equal(code, 'invalid-input');
  });

  it('should give storage-unavailable when the server is not running (ECONNREFUSED)', async () => {
    const server = await startEmbeddedCosmos();
    const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, trustSelfSignedCertificate: true });
    await server.stop();
    try {
      const { code, message } = await translated(() => client.database('db').container('c').item('a', 't1').read());
      assert.equal(code, 'storage-unavailable');
      assert.match(message, /ECONNREFUSED/);
    } finally {
      client.dispose();
    }
  });
});
