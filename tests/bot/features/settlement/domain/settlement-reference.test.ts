import assert from 'node:assert/strict';
import {
  formatSettlementReference,
  parseReferenceQuery,
  referenceYearAt,
} from '../../../../../bot/src/features/settlement/domain/settlement-reference.js';

describe('settlement reference', () => {
  describe('formatSettlementReference', () => {
    it('should pad the number to three digits when it is shorter', () => {
      assert.equal(formatSettlementReference(2026, 14), 'BOS-2026-014');
      assert.equal(formatSettlementReference(2026, 1), 'BOS-2026-001');
    });

    it('should keep every digit when the number has more than three', () => {
      assert.equal(formatSettlementReference(2026, 1234), 'BOS-2026-1234');
    });

    it('should refuse a number below 1 or a year that is not four digits', () => {
      assert.throws(() => formatSettlementReference(2026, 0), RangeError);
      assert.throws(() => formatSettlementReference(2026, 1.5), RangeError);
      assert.throws(() => formatSettlementReference(226, 1), RangeError);
    });
  });

  describe('referenceYearAt', () => {
    it('should take the year on Oslo’s clock when UTC is still in the old year', () => {
      assert.equal(referenceYearAt(new Date('2026-12-31T23:30:00Z')), 2027);
      assert.equal(referenceYearAt(new Date('2026-12-31T22:30:00Z')), 2026);
    });
  });

  describe('parseReferenceQuery', () => {
    for (const text of ['BOS-2026-014', 'bos-2026-14', '2026-14', ' 2026-014 ', 'Bos - 2026 - 14']) {
      it(`should read «${text}» as BOS-2026-014 when the prefix, case or padding differ`, () => {
        assert.equal(parseReferenceQuery(text), 'BOS-2026-014');
      });
    }

    it('should keep a long number when it is searched for', () => {
      assert.equal(parseReferenceQuery('2026-1234'), 'BOS-2026-1234');
    });

    for (const text of ['', 'Haddad', '2026', '2026-0', 'BOS-26-14', 'BOS-2026-14x', 'XYZ-2026-14']) {
      it(`should return undefined when «${text}» is no reference`, () => {
        assert.equal(parseReferenceQuery(text), undefined);
      });
    }
  });
});
