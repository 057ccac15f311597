import assert from 'node:assert/strict';
import { cancelSettlement } from '../../../../../bot/src/features/settlement/domain/cancel-settlement.js';
import { isOpenToUnit, relevantPersonIds } from '../../../../../bot/src/features/settlement/domain/settlement-access.js';
import { ID, familySettlement } from './fixtures.js';

describe('settlement-access', () => {
  it('should give barnehage the toddler and both guardians when the settlement is open', () => {
    assert.equal(isOpenToUnit(familySettlement(), 'barnehage'), true);
    assert.deepEqual(relevantPersonIds(familySettlement(), 'barnehage'), [ID.mother, ID.father, ID.toddler]);
  });

  it('should give a unit nobody when the settlement does not affect it', () => {
    assert.equal(isOpenToUnit(familySettlement(), 'tannhelse'), false);
    assert.deepEqual(relevantPersonIds(familySettlement(), 'tannhelse'), []);
  });

  it('should give every unit nobody when the settlement is cancelled', () => {
    const cancelled = cancelSettlement(familySettlement(), { changedBy: 'u', changedAt: '2027-02-01T10:00:00.000Z' });
    assert.equal(isOpenToUnit(cancelled, 'barnehage'), false);
    assert.deepEqual(relevantPersonIds(cancelled, 'barnehage'), []);
  });
});
