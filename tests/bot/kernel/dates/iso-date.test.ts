import assert from 'node:assert/strict';
import { isDomainError } from '../../../../bot/src/kernel/domain-error.js';
import { addDays, addYears, isIsoDate, osloToday, parseIsoDate } from '../../../../bot/src/kernel/dates/iso-date.js';

describe('iso-date', () => {
  it('should give the Oslo date when UTC is still on the previous day', () => {
    assert.equal(osloToday(new Date('2027-06-30T22:30:00Z')), '2027-07-01');
    assert.equal(osloToday(new Date('2027-12-31T23:30:00Z')), '2028-01-01');
  });

  it('should move by whole calendar days when the span crosses a daylight-saving change', () => {
    assert.equal(addDays('2027-03-27', 1), '2027-03-28');
    assert.equal(addDays('2027-03-28', 1), '2027-03-29');
    assert.equal(addDays('2027-10-31', -1), '2027-10-30');
    assert.equal(addDays('2027-03-15', -7), '2027-03-08');
  });

  it('should fall back to 28 February when adding years to 29 February', () => {
    assert.equal(addYears('2028-02-29', -1), '2027-02-28');
  });

  it('should accept only real yyyy-MM-dd dates when checking', () => {
    assert.equal(isIsoDate('2027-02-28'), true);
    assert.equal(isIsoDate('2027-02-29'), false);
    assert.equal(isIsoDate('2027-2-3'), false);
    assert.equal(isIsoDate('2027-02-03T10:00'), false);
    assert.equal(isIsoDate(20270203), false);
  });

  it('should throw invalid-input with a Norwegian message when parsing a malformed date', () => {
    assert.throws(
      () => parseIsoDate('15.03.2027'),
      (error: unknown) => isDomainError(error, 'invalid-input') && /Ugyldig dato/.test(error.message),
    );
  });
});
