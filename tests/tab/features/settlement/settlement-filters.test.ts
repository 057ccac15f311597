import assert from 'node:assert/strict';
import {
  NO_FILTERS,
  arrivalMonthOptions,
  filtersFromHashQuery,
  isFiltered,
  listApiPath,
  listPathFor,
  ownUnits,
  seesAllUnits,
} from '../../../../tab/src/features/settlement/settlement-filters.js';

describe('settlement-filters', () => {
  const filters = { q: 'BOS-2026-014', status: 'open', unitId: 'barnehage', arrivalMonth: '2026-04' } as const;

  it('should read back the filters it put in the hash when a link is opened', () => {
    const path = listPathFor(filters);
    assert.equal(path, '/bosettinger?sok=BOS-2026-014&status=open&enhet=barnehage&ankomst=2026-04');
    assert.deepEqual(filtersFromHashQuery(new URLSearchParams(path.split('?')[1])), filters);
  });

  it('should give the plain list path when nothing is filtered', () => {
    assert.equal(listPathFor(NO_FILTERS), '/bosettinger');
    assert.equal(isFiltered(NO_FILTERS), false);
    assert.equal(isFiltered({ ...NO_FILTERS, arrivalMonth: '2026-04' }), true);
  });

  it('should drop a status or month it does not know when the hash carries one', () => {
    const read = filtersFromHashQuery(new URLSearchParams('status=done&ankomst=2026-13&sok=%202026-14%20'));
    assert.deepEqual(read, { q: '2026-14', status: '', unitId: '', arrivalMonth: '' });
  });

  it('should drop a search that is no reference when a link carries one, so a name never reaches the server', () => {
    assert.equal(filtersFromHashQuery(new URLSearchParams('sok=Amina%20Haddad&status=open')).q, '');
  });

  it('should ask the API with its parameter names, the page size and the token when paging', () => {
    assert.equal(listApiPath(NO_FILTERS, 25), '/api/settlements?limit=25');
    assert.equal(
      listApiPath(filters, 25, 'abc_-'),
      '/api/settlements?q=BOS-2026-014&status=open&unitId=barnehage&arrivalMonth=2026-04&limit=25&continuationToken=abc_-',
    );
  });

  it('should offer every unit to coordinators, admins and leaders, and a unit member only their own', () => {
    const member = [{ role: 'unit-member', unitId: 'barnehage', unitName: 'Barnehage', label: 'Enhetsmedlem' }] as const;
    assert.equal(seesAllUnits(member), false);
    assert.deepEqual(ownUnits(member), [{ id: 'barnehage', name: 'Barnehage' }]);
    assert.equal(seesAllUnits([{ role: 'leader', unitId: 'voi', label: 'Leder' }]), true);
    assert.equal(seesAllUnits([{ role: 'coordinator', label: 'Koordinator' }]), true);
  });

  it('should offer months from a year back to two years ahead, newest first, in Norwegian', () => {
    const months = arrivalMonthOptions('2026-04-15');
    assert.equal(months.length, 37);
    assert.deepEqual(months[0], { value: '2028-04', label: 'april 2028' });
    assert.deepEqual(months.at(-1), { value: '2025-04', label: 'april 2025' });
    assert.ok(months.some((m) => m.value === '2027-01' && m.label === 'januar 2027'));
  });
});
