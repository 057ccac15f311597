import assert from 'node:assert/strict';
import { ApiError } from '../../../../../tab/src/platform/api-error.js';
import {
  PRIVACY_CHOICES,
  choiceFromSelectValue,
  parsePrivacySettings,
} from '../../../../../tab/src/features/settlement/admin/privacy-choices.js';
import { minHouseholdForCountsSchema } from '../../../../../contract/privacy.js';
import { MIN_HOUSEHOLD_FOR_COUNTS_CHOICES } from '../../../../../bot/src/kernel/tenants/tenant.js';

describe('privacy-choices', () => {
  it('should offer exactly the values the server accepts, in its order', () => {
    assert.deepEqual(
      PRIVACY_CHOICES.map((choice) => choice.value),
      MIN_HOUSEHOLD_FOR_COUNTS_CHOICES,
    );
    for (const choice of PRIVACY_CHOICES) assert.ok(minHouseholdForCountsSchema.safeParse(choice.value).success);
  });

  it('should turn the select’s text back into the number or never, and nothing else', () => {
    assert.equal(choiceFromSelectValue('3'), 3);
    assert.equal(choiceFromSelectValue('never'), 'never');
    assert.equal(choiceFromSelectValue('2'), undefined);
  });

  it('should refuse a response without a known setting', () => {
    assert.deepEqual(parsePrivacySettings({ minHouseholdForCounts: 5 }), { minHouseholdForCounts: 5 });
    assert.throws(
      () => parsePrivacySettings({ minHouseholdForCounts: 2 }),
      (error) => error instanceof ApiError,
    );
  });
});
