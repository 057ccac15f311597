import assert from 'node:assert/strict';
import { cancelSettlement } from '../../../../../bot/src/features/settlement/domain/cancel-settlement.js';
import { findTask } from '../../../../../bot/src/kernel/checklist/find-task.js';
import { startUnitFlow, unitFlowId } from '../../../../../bot/src/features/settlement/domain/unit-flow.js';
import { expectDomainError, expectInvalid } from './expect-invalid.js';
import { TEMPLATE, barnehageFlow } from './flow-fixtures.js';
import { TENANT, familySettlement } from './fixtures.js';

describe('unit-flow', () => {
  it('should start an active flow with open tasks due relative to arrival when started', () => {
    const flow = barnehageFlow();
    assert.equal(flow.type, 'unit-flow');
    assert.equal(flow.id, 's-1:barnehage');
    assert.equal(flow.id, unitFlowId('s-1', 'barnehage'));
    assert.equal(flow.tenantId, TENANT);
    assert.equal(flow.status, 'active');
    assert.equal(flow.arrivalDate, '2027-03-15');
    assert.deepEqual(
      flow.tasks.map((task) => [task.taskId, task.dueDate, task.status, task.comments.length]),
      [
        ['plass', '2027-03-08', 'open', 0],
        ['mottak', '2027-03-15', 'open', 0],
        ['samtale', '2027-04-05', 'open', 0],
      ],
    );
    assert.equal(flow.lastReminderDate, undefined);
  });

  it('should refuse with a conflict when the settlement does not affect the unit', () => {
    expectDomainError(
      () => startUnitFlow({ ...TEMPLATE, unitId: 'tannhelse' }, familySettlement(), { createdAt: 'x' }),
      'conflict',
      'ikke åpen',
    );
  });

  it('should refuse with a conflict when the settlement is cancelled', () => {
    const cancelled = cancelSettlement(familySettlement(), { changedBy: 'u', changedAt: 'x' });
    expectDomainError(() => startUnitFlow(TEMPLATE, cancelled, { createdAt: 'x' }), 'conflict', 'ikke åpen');
  });

  it('should refuse with a conflict when the template belongs to another tenant', () => {
    expectDomainError(
      () => startUnitFlow({ ...TEMPLATE, tenantId: 'other' }, familySettlement(), { createdAt: 'x' }),
      'conflict',
      'ikke åpen',
    );
  });

  it('should refuse an unknown task id with invalid-input when looked up', () => {
    assert.equal(findTask(barnehageFlow(), 'plass').title, 'Barnehageplass');
    expectInvalid(() => findTask(barnehageFlow(), 'finnes-ikke'), 'Oppgaven finnes ikke');
  });
});
