import assert from 'node:assert/strict';
import type { AuditEntry } from '../../../../../bot/src/kernel/audit/audit-entry.js';
import { AUDIT_ACTION_LABELS } from '../../../../../bot/src/features/audit/domain/audit-action-labels.js';
import { describeAuditEntry, type AuditLookups } from '../../../../../bot/src/features/audit/domain/describe-audit-entry.js';

const lookups: AuditLookups = {
  userName: (id) => ({ u1: 'Kari Koordinator' })[id],
  unitName: (id) => ({ nav: 'NAV', barnehage: 'Barnehage' })[id],
  settlement: (id) =>
    ({
      s1: { id: 's1', arrivalDate: '2027-04-03', reference: 'BOS-2026-014' },
      s2: { id: 's2', arrivalDate: '2027-05-09' },
    })[id],
};

function entry(overrides: Partial<AuditEntry>): AuditEntry {
  return { id: 'e1', tenantId: 't', actorId: 'u1', action: 'personal-data.read', resource: 'settlement:s1', at: '2026-03-05T09:00:00.000Z', ...overrides };
}

describe('describeAuditEntry', () => {
  it('should name the action, the user, the settlement by reference, the unit and the persons, with Oslo time', () => {
    const described = describeAuditEntry(entry({ details: { unitId: 'nav', personIds: ['p1', 'p2'] } }), lookups);
    assert.deepEqual(described, {
      id: 'e1',
      at: '2026-03-05T09:00:00.000Z',
      when: '05.03.2026 kl. 10:00',
      who: 'Kari Koordinator',
      action: 'personal-data.read',
      actionLabel: 'Åpnet navn i sikker sone',
      settlement: { id: 's1', label: 'BOS-2026-014' },
      unit: 'NAV',
      persons: 2,
    });
  });

  it('should name a settlement without a reference by its arrival date, and an unknown one as unknown', () => {
    assert.equal(describeAuditEntry(entry({ resource: 'settlement:s2' }), lookups).settlement?.label, 'Bosetting med ankomst 09.05.2027');
    assert.equal(describeAuditEntry(entry({ resource: 'settlement:gone' }), lookups).settlement?.label, 'Ukjent bosetting');
  });

  it('should show no raw id or action code for an unknown user, unit or action', () => {
    const described = describeAuditEntry(entry({ actorId: '9f1c-unknown', action: 'something.new', resource: 'unit:x-unit', details: { conversationId: '19:abc@thread' } }), lookups);
    assert.equal(described.who, 'Ukjent bruker');
    assert.equal(described.actionLabel, 'Annen hendelse');
    assert.equal(described.unit, 'ukjent enhet');
    assert.equal(described.details, undefined, 'a conversation id is not shown');
    const shown = [described.when, described.who, described.actionLabel, described.unit, described.details].join(' ');
    for (const raw of ['9f1c-unknown', 'something.new', 'x-unit', '19:abc']) assert.ok(!shown.includes(raw), raw);
  });

  it('should name several units, count persons from details.persons, and word versions and messages', () => {
    const registered = describeAuditEntry(entry({ action: 'settlement.register', details: { units: ['nav', 'barnehage'], persons: 4 } }), lookups);
    assert.equal(registered.unit, 'NAV, Barnehage');
    assert.equal(registered.persons, 4);
    assert.equal(describeAuditEntry(entry({ action: 'settlement.edit', details: { version: 3 } }), lookups).details, 'versjon 3');
    assert.equal(describeAuditEntry(entry({ action: 'delivery.retry', details: { unitId: 'nav', messages: 2 } }), lookups).details, '2 meldinger');
  });

  it('should have Norwegian words for every action the server audits', () => {
    for (const action of ['personal-data.read', 'registration.read', 'settlement.register', 'settlement.edit', 'settlement.cancel', 'delivery.retry', 'channel.bind', 'rules.update', 'routine-template.update', 'audit.export']) {
      assert.ok(AUDIT_ACTION_LABELS[action], action);
    }
  });
});
