import assert from 'node:assert/strict';
import { auditRows, describeDetails, describeResource } from '../../../../tab/src/features/audit/audit-rows.js';

describe('audit-rows', () => {
  it('should list the newest entry first with Norwegian action names and Oslo time', () => {
    const rows = auditRows([
      { id: 'a', actorId: 'u1', actorName: 'Kari', action: 'personal-data.read', resource: 'settlement:s1', at: '2026-03-05T09:00:00Z' },
      { id: 'b', actorId: 'u2', action: 'noe.nytt', resource: 'unit:nav', at: '2026-03-05T10:00:00Z' },
    ]);
    assert.deepEqual(
      rows.map((r) => r.id),
      ['b', 'a'],
    );
    assert.equal(rows[1]?.action, 'Åpnet navn i sikker sone');
    assert.equal(rows[1]?.when, '05.03.2026 kl. 10:00');
    assert.equal(rows[0]?.action, 'noe.nytt');
    assert.equal(rows[0]?.who, 'Ukjent bruker (u2)');
  });

  it('should count id lists and name known keys when describing details', () => {
    assert.equal(describeDetails({ unitId: 'barnehage', personIds: ['p1', 'p2'] }), 'enhet: barnehage · personer: 2');
    assert.equal(describeDetails(undefined), '');
  });

  it('should link a settlement resource and leave others as they are', () => {
    assert.deepEqual(describeResource('settlement:3d845089-d199'), {
      resource: 'Bosetting 3d845089',
      resourcePath: '/bosettinger/3d845089-d199',
    });
    assert.deepEqual(describeResource('unit:nav'), { resource: 'unit:nav' });
  });
});
