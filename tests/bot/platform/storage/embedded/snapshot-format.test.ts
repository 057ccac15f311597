import assert from 'node:assert/strict';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { parseSnapshot, summarizeSnapshot } from '../../../../../bot/src/platform/storage/embedded/snapshot-format.js';

const valid = {
  format: 'introteam-cosmos-snapshot',
  version: 1,
  savedAt: '2026-01-05T08:00:00.000Z',
  databaseName: 'introteam',
  containers: [{ id: 'core', partitionKey: { paths: ['/tenantId'] }, documents: [{ id: 'd1', tenantId: 't1', data: { x: 1 } }] }],
};

describe('parseSnapshot', () => {
  it('should return the snapshot with documents untouched when the file is valid', () => {
    const parsed = parseSnapshot(JSON.stringify(valid), 'snap.json');
    assert.deepEqual(parsed, valid);
    assert.deepEqual(summarizeSnapshot(parsed), { databaseName: 'introteam', containers: 1, documents: 1 });
  });

  it('should throw invalid-input naming the file but not its content when the file is wrong', () => {
    const broken = { ...valid, containers: [{ ...valid.containers[0], documents: [{ name: 'Kari Nordmann' }] }] };
    for (const text of ['{', JSON.stringify({ ...valid, version: 3 }), JSON.stringify(broken)]) {
      assert.throws(
        () => parseSnapshot(text, 'snap.json'),
        (error: unknown) => isDomainError(error, 'invalid-input') && error.message.includes('snap.json') && !error.message.includes('Kari'),
      );
    }
  });
});
