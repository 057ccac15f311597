import assert from 'node:assert/strict';
import { completeTask } from '../../../../../bot/src/kernel/checklist/complete-task.js';
import {
  closeUnitFlow,
  reactivateUnitFlow,
  rescheduleUnitFlow,
} from '../../../../../bot/src/features/settlement/domain/unit-flow-lifecycle.js';
import { findTask } from '../../../../../bot/src/kernel/checklist/find-task.js';
import { ANNE, T1, T2, barnehageFlow } from './flow-fixtures.js';

describe('unit-flow-lifecycle', () => {
  it('should close an active flow and return the same flow when closed twice', () => {
    const closed = closeUnitFlow(barnehageFlow(), T1);
    assert.equal(closed.status, 'closed');
    assert.equal(closed.updatedAt, T1);
    assert.equal(closeUnitFlow(closed, T2), closed);
  });

  it('should recompute due dates from a new arrival date when rescheduled', () => {
    const flow = rescheduleUnitFlow(barnehageFlow(), '2027-04-01', T1);
    assert.deepEqual(
      flow.tasks.map((task) => task.dueDate),
      ['2027-03-25', '2027-04-01', '2027-04-22'],
    );
    assert.equal(flow.arrivalDate, '2027-04-01');
  });

  it('should return the same flow when the arrival date is unchanged', () => {
    const flow = barnehageFlow();
    assert.equal(rescheduleUnitFlow(flow, flow.arrivalDate, T1), flow);
  });

  it('should reactivate a closed flow and keep task progress when the unit is affected again', () => {
    const done = completeTask(barnehageFlow(), 'plass', { actorId: ANNE, at: T1 });
    const flow = reactivateUnitFlow(closeUnitFlow(done, T1), '2027-04-01', T2);
    assert.equal(flow.status, 'active');
    assert.equal(findTask(flow, 'plass').status, 'done');
    assert.equal(findTask(flow, 'plass').dueDate, '2027-03-25');
  });
});
