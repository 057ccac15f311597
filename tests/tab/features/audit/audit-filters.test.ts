import assert from 'node:assert/strict';
import {
  auditExportPath,
  auditFilterQuery,
  auditFiltersFrom,
  auditPagePath,
  hasAuditFilter,
} from '../../../../tab/src/features/audit/audit-filters.js';

describe('audit-filters', () => {
  it('should read the filters from the hash query and ignore other parameters', () => {
    const filters = auditFiltersFrom(new URLSearchParams('actorId=u1&from=2026-03-01&vis=alle&minPersons= 3 '));
    assert.deepEqual(filters, { settlementId: '', reference: '', actorId: 'u1', action: '', from: '2026-03-01', to: '', minPersons: '3' });
    assert.equal(hasAuditFilter(filters), true);
    assert.equal(hasAuditFilter(auditFiltersFrom(new URLSearchParams(''))), false);
  });

  it('should keep a settlement reference, and never a text that is no reference (it may be a name)', () => {
    assert.equal(auditFiltersFrom(new URLSearchParams('reference=bos-2026-14')).reference, 'bos-2026-14');
    assert.equal(auditFiltersFrom(new URLSearchParams('reference=Amina%20Haddad')).reference, '');
  });

  it('should give the same query for the hash and the API, with only the set filters', () => {
    const filters = auditFiltersFrom(new URLSearchParams('action=settlement.edit&to=2026-03-31'));
    assert.equal(auditFilterQuery(filters), 'action=settlement.edit&to=2026-03-31');
    assert.equal(auditPagePath(filters, 50), '/api/audit?action=settlement.edit&to=2026-03-31&limit=50');
    assert.equal(auditPagePath(filters, 50, 'a+b/c'), '/api/audit?action=settlement.edit&to=2026-03-31&limit=50&continuationToken=a%2Bb%2Fc');
    assert.equal(auditExportPath(filters), '/api/audit/export?action=settlement.edit&to=2026-03-31');
    assert.equal(auditExportPath(auditFiltersFrom(new URLSearchParams(''))), '/api/audit/export');
  });
});
