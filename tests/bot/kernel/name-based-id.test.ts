import assert from 'node:assert/strict';
import { z } from 'zod';
import { nameBasedId } from '../../../bot/src/kernel/name-based-id.js';

describe('nameBasedId', () => {
  it('should give the same UUID (version 8) for the same parts', () => {
    const id = nameBasedId('settlement', 'tenant-1', 'key-1');
    assert.equal(nameBasedId('settlement', 'tenant-1', 'key-1'), id);
    assert.ok(z.uuid().safeParse(id).success, id);
    assert.equal(id[14], '8');
  });

  it('should give different ids when the parts differ, also when only their split differs', () => {
    assert.notEqual(nameBasedId('a|b'), nameBasedId('a', 'b'));
    assert.notEqual(nameBasedId('settlement', 'tenant-1', 'key-1'), nameBasedId('settlement', 'tenant-2', 'key-1'));
  });
});
