import assert from 'node:assert/strict';
import { submissionKeys } from '../../../../tab/src/features/settlement/submission-key.js';

describe('submissionKeys', () => {
  const counter = () => {
    let n = 0;
    return () => `key-${(n += 1)}`;
  };

  it('should keep the key when the same registration is sent again (a retry)', () => {
    const keyFor = submissionKeys(counter());
    const registration = { expectedArrivalDate: '2027-01-10', members: [{ personId: 'p1', fullName: 'Test Testesen' }] };
    assert.equal(keyFor(registration), 'key-1');
    assert.equal(keyFor(structuredClone(registration)), 'key-1');
  });

  it('should make a new key when the registration was changed before it is sent again', () => {
    const keyFor = submissionKeys(counter());
    assert.equal(keyFor({ addressArea: 'Sentrum' }), 'key-1');
    assert.equal(keyFor({ addressArea: 'Nord' }), 'key-2');
    assert.equal(keyFor({ addressArea: 'Sentrum' }), 'key-3');
  });
});
