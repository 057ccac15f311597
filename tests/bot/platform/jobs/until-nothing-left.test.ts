import assert from 'node:assert/strict';
import { untilNothingLeft } from '../../../../bot/src/platform/jobs/until-nothing-left.js';

describe('untilNothingLeft', () => {
  it('should run a tenant’s backfill until a run changes nothing, then skip that tenant only', async () => {
    const left = new Map([
      ['t1', [3, 0]],
      ['t2', [0]],
    ]);
    const calls: string[] = [];
    const run = untilNothingLeft(async (tenantId) => {
      calls.push(tenantId);
      return left.get(tenantId)!.shift() ?? 99;
    });
    assert.deepEqual([await run('t1'), await run('t2'), await run('t1'), await run('t1'), await run('t2')], [3, 0, 0, 0, 0]);
    assert.deepEqual(calls, ['t1', 't2', 't1'], 'no query for a tenant found complete');
  });
});
