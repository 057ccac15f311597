import assert from 'node:assert/strict';
import {
  deliveryLabel,
  householdSummary,
  needsList,
  overdueText,
  progressText,
} from '../../../../tab/src/features/settlement/settlement-labels.js';

describe('settlement-labels', () => {
  it('should use Norwegian singular and plural forms when counting the household', () => {
    assert.equal(householdSummary({ adultCount: 1, childCount: 0 }), '1 voksen');
    assert.equal(householdSummary({ adultCount: 2, childCount: 1 }), '2 voksne og 1 barn');
    assert.equal(householdSummary({ adultCount: 0, childCount: 3 }), '3 barn');
  });

  it('should leave out zero counts when describing progress', () => {
    assert.equal(progressText({ total: 5, open: 1, taken: 0, done: 4, overdue: 0 }), '4 av 5 fullført · 1 åpen');
    assert.equal(progressText({ total: 5, open: 2, taken: 1, done: 2, overdue: 1 }), '2 av 5 fullført · 1 tatt · 2 åpne');
  });

  it('should give no overdue text when nothing is overdue', () => {
    assert.equal(overdueText(0), '');
  });

  it('should give a fallback when the delivery status is unknown', () => {
    assert.equal(deliveryLabel('sent'), 'Kunngjort i enhetens kanal');
    assert.equal(deliveryLabel('teleported'), 'Ukjent sendestatus');
  });

  it('should list need flags and the interpreter language when they are set', () => {
    assert.deepEqual(needsList({ healthFollowUp: true, adaptedHousing: false, specialSupport: true, interpreterLanguage: ' Arabisk ' }), [
      'Helseoppfølging',
      'Spesialpedagogisk tilrettelegging',
      'Tolk: Arabisk',
    ]);
    assert.deepEqual(needsList({}), []);
  });
});
