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

  it('should roll over months and years and count leap days when adding days', () => {
    assert.equal(addDays('2027-01-31', 1), '2027-02-01');
    assert.equal(addDays('2027-12-31', 1), '2028-01-01');
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addDays('2100-02-28', 1), '2100-03-01');
    assert.equal(addDays('2027-03-01', -1), '2027-02-28');
    assert.equal(addDays('2027-01-01', 365), '2028-01-01');
    assert.equal(addDays('2028-01-01', 366), '2029-01-01');
    assert.equal(addDays('0050-06-15', 1), '0050-06-16');
  });

  it('should keep the day when adding years and fall back only from 29 February', () => {
    assert.equal(addYears('2027-03-31', 1), '2028-03-31');
    assert.equal(addYears('2028-02-29', 4), '2032-02-29');
    assert.equal(addYears('2024-02-29', -18), '2006-02-28');
  });

  it("should know each month's length and the Gregorian leap years when checking", () => {
    assert.equal(isIsoDate('2028-02-29'), true);
    assert.equal(isIsoDate('2000-02-29'), true);
    assert.equal(isIsoDate('1900-02-29'), false);
    assert.equal(isIsoDate('2027-04-31'), false);
    assert.equal(isIsoDate('2027-12-31'), true);
    assert.equal(isIsoDate('2027-13-01'), false);
    assert.equal(isIsoDate('2027-00-10'), false);
    assert.equal(isIsoDate('2027-01-00'), false);
  });
});
