import assert from 'node:assert/strict';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { buildDocumentQuery } from '../../../../../bot/src/platform/storage/cosmos/document-query.js';

describe('buildDocumentQuery', () => {
  it('should always filter on tenant and type through parameters', () => {
    assert.deepEqual(buildDocumentQuery('t1', 'user'), {
      query: 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = @type',
      parameters: [
        { name: '@tenantId', value: 't1' },
        { name: '@type', value: 'user' },
      ],
    });
  });

  it('should add the condition, order and TOP when they are given', () => {
    const spec = buildDocumentQuery('t1', 'audit-entry', {
      where: 'c.data.actorId = @actorId',
      parameters: [{ name: '@actorId', value: 'u1' }],
      orderBy: 'c.data.at DESC',
      limit: 10,
    });
    assert.equal(
      spec.query,
      'SELECT TOP @limit * FROM c WHERE c.tenantId = @tenantId AND c.type = @type AND (c.data.actorId = @actorId) ORDER BY c.data.at DESC',
    );
    assert.deepEqual(spec.parameters?.slice(2), [
      { name: '@actorId', value: 'u1' },
      { name: '@limit', value: 10 },
    ]);
  });

  it('should throw invalid-input when a reserved parameter name is used or the limit is not a positive integer', () => {
    const invalid = (error: unknown): boolean => isDomainError(error, 'invalid-input');
    assert.throws(() => buildDocumentQuery('t1', 'user', { where: 'true', parameters: [{ name: '@tenantId', value: 't2' }] }), invalid);
    for (const limit of [0, -1, 2.5, Number.NaN]) {
      assert.throws(() => buildDocumentQuery('t1', 'user', { limit }), invalid);
    }
  });
});
