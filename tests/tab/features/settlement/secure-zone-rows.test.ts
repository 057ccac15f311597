import assert from 'node:assert/strict';
import { auditNotice, securePersonRows } from '../../../../tab/src/features/settlement/secure-zone-rows.js';

describe('secure-zone-rows', () => {
  it('should show dates as dd.MM.yyyy and fill empty guardians and needs with text', () => {
    const rows = securePersonRows({
      unitId: 'barnehage',
      auditedAt: '2026-03-05T10:00:00Z',
      persons: [
        {
          personId: 'p1',
          fullName: 'Amina',
          birthDate: '1990-02-01',
          roleLabel: 'Voksen',
          ageBandLabel: '18 år eller eldre',
          guardianNames: [],
          needs: { healthFollowUp: false, adaptedHousing: false, specialSupport: false },
        },
        {
          personId: 'p2',
          fullName: 'Omar',
          birthDate: '2022-06-01',
          roleLabel: 'Barn',
          ageBandLabel: '1–5 år',
          guardianNames: ['Amina', 'Ali'],
          needs: { healthFollowUp: true, adaptedHousing: false, specialSupport: false },
        },
      ],
    });
    assert.equal(rows[0]?.birthDate, '01.02.1990');
    assert.equal(rows[0]?.guardians, 'Ingen registrert');
    assert.equal(rows[0]?.needs, 'Ingen kjente behov');
    assert.equal(rows[1]?.guardians, 'Amina, Ali');
    assert.equal(rows[1]?.needs, 'Helseoppfølging');
  });

  it('should give the time of the audited opening in Oslo time', () => {
    assert.equal(auditNotice('2026-03-05T10:00:00Z'), 'Åpningen er logget (05.03.2026 kl. 11:00).');
  });
});
