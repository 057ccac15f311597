import assert from 'node:assert/strict';
import { guardUnsavedChanges, hasUnsavedChanges, mayLeave } from '../../../tab/src/platform/unsaved-changes.js';

describe('unsaved-changes', () => {
  it('should ask only while the guarded view has unsaved data, and stop after release', async () => {
    let dirty = false;
    let asked = 0;
    const confirm = async () => {
      asked += 1;
      return false;
    };
    const release = guardUnsavedChanges(() => dirty);
    assert.equal(await mayLeave(confirm), true);
    dirty = true;
    assert.equal(hasUnsavedChanges(), true);
    assert.equal(await mayLeave(confirm), false, 'the person chose to stay');
    assert.equal(asked, 1);
    release();
    assert.equal(await mayLeave(confirm), true);
    assert.equal(asked, 1);
  });

  it('should leave a newer guard in place when an older one is released', () => {
    const releaseOld = guardUnsavedChanges(() => true);
    const releaseNew = guardUnsavedChanges(() => true);
    releaseOld();
    assert.equal(hasUnsavedChanges(), true);
    releaseNew();
    assert.equal(hasUnsavedChanges(), false);
  });
});
