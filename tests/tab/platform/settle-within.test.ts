import assert from 'node:assert/strict';
import { settleWithin } from '../../../tab/src/platform/settle-within.js';

describe('settleWithin', () => {
  it('should report the value when the promise resolves in time', async () => {
    assert.deepEqual(await settleWithin(Promise.resolve(7), 1000), { status: 'fulfilled', value: 7 });
  });

  it('should report the reason when the promise rejects in time', async () => {
    const reason = new Error('nei');
    assert.deepEqual(await settleWithin(Promise.reject(reason), 1000), { status: 'rejected', reason });
  });

  it('should report a timeout when the promise never settles', async () => {
    assert.deepEqual(await settleWithin(new Promise<never>(() => {}), 5), { status: 'timeout' });
  });
});
