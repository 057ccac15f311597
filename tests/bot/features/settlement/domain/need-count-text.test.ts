import assert from 'node:assert/strict';
import { needCountDisplay, needCountText } from '../../../../../bot/src/features/settlement/domain/need-count-text.js';
import { summarizeSettlement } from '../../../../../bot/src/features/settlement/domain/settlement-summary.js';
import { summaryFacts } from '../../../../../bot/src/features/settlement/domain/settlement-summary-facts.js';
import type { Settlement } from '../../../../../bot/src/features/settlement/domain/settlement.js';
import type { MinHouseholdForCounts } from '../../../../../bot/src/kernel/tenants/tenant.js';
import { familySettlement } from './fixtures.js';

/** The family settlement cut down to its first `size` members (the first has a health need). */
function householdOf(size: number): Settlement {
  const family = familySettlement();
  return { ...family, members: family.members.slice(0, size) };
}

const needsFact = (settlement: Settlement, minHouseholdForCounts?: MinHouseholdForCounts) =>
  summaryFacts(summarizeSettlement(settlement), minHouseholdForCounts === undefined ? undefined : { minHouseholdForCounts }).find(
    (fact) => fact.title === 'Kjente behov',
  )?.value;

describe('needCountText (small households)', () => {
  it('should say "Ja" without a number when the household has fewer than 3 persons (default)', () => {
    assert.equal(needCountText(1, 2, 3), 'Ja');
    assert.equal(needCountText(1, 1, 3), 'Ja');
    assert.deepEqual(needCountDisplay(2, 2, 3), { shown: false, text: 'Ja' });
  });

  it('should show the number when the household has 3 persons or more (default)', () => {
    assert.equal(needCountText(1, 3, 3), '1');
    assert.deepEqual(needCountDisplay(2, 6, 3), { shown: true, count: 2, text: '2' });
  });

  it('should follow the tenant’s setting: 1 always numbers, 5 from five persons, never no numbers', () => {
    assert.equal(needCountText(1, 1, 1), '1');
    assert.equal(needCountText(1, 4, 5), 'Ja');
    assert.equal(needCountText(1, 5, 5), '1');
    assert.equal(needCountText(3, 12, 'never'), 'Ja');
  });

  it('should show "Ja" in the card’s facts of a household of two and the number in a household of three', () => {
    assert.equal(needsFact(householdOf(2)), 'Behov for helseoppfølging: Ja');
    assert.equal(needsFact(householdOf(3)), 'Behov for helseoppfølging (1)');
    assert.doesNotMatch(JSON.stringify(summaryFacts(summarizeSettlement(householdOf(2)))), /\(1\)/);
  });

  it('should apply the tenant’s setting in the card’s facts', () => {
    assert.equal(needsFact(householdOf(2), 1), 'Behov for helseoppfølging (1)');
    assert.equal(needsFact(householdOf(3), 5), 'Behov for helseoppfølging: Ja');
    assert.equal(needsFact(familySettlement(), 'never'), 'Behov for helseoppfølging: Ja, Behov for spesialpedagogisk tilrettelegging: Ja');
  });
});
