import assert from 'node:assert/strict';
import { parseReferenceQuery } from '../../bot/src/features/settlement/domain/settlement-reference.js';
import { isReferenceSearch } from '../../tab/src/features/settlement/settlement-filters.js';

describe('reference search (tab and server)', () => {
  const samples = [
    'BOS-2026-014',
    'bos-2026-14',
    '2026-14',
    ' 2026-014 ',
    'Bos - 2026 - 14',
    '2026-000000001',
    '2026-123456789',
    '2026-1234567890',
    '2026-0',
    '2026-',
    '2026',
    '26-14',
    'BOS-2026-14x',
    'XYZ-2026-14',
    'Amina Haddad',
    '',
  ];
  for (const text of samples) {
    it(`should agree on «${text}» when the tab checks a search before sending it`, () => {
      assert.equal(isReferenceSearch(text), parseReferenceQuery(text) !== undefined);
    });
  }
});
