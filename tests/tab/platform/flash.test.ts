import assert from 'node:assert/strict';
import { putFlash, takeFlash } from '../../../tab/src/platform/flash.js';

describe('flash', () => {
  it('should hand the messages over once when taken', () => {
    putFlash('settlement:s1', ['NAV har ingen kanal']);
    assert.deepEqual(takeFlash('settlement:s1'), ['NAV har ingen kanal']);
    assert.deepEqual(takeFlash('settlement:s1'), []);
  });

  it('should give nothing when the key has no messages', () => {
    assert.deepEqual(takeFlash('settlement:ukjent'), []);
  });
});
