import assert from 'node:assert/strict';
import { completeTask } from '../../../../bot/src/kernel/checklist/complete-task.js';
import { checklistProgress } from '../../../../bot/src/kernel/checklist/checklist-progress.js';
import { isReminderDue, markReminded } from '../../../../bot/src/features/settlement/domain/overdue-reminder.js';
import { overdueTasks } from '../../../../bot/src/kernel/checklist/overdue-tasks.js';
import { takeTask } from '../../../../bot/src/kernel/checklist/take-task.js';
import { closeUnitFlow } from '../../../../bot/src/features/settlement/domain/unit-flow-lifecycle.js';
import { ANNE, T1, barnehageFlow } from '../../features/settlement/domain/flow-fixtures.js';

const ids = (tasks: readonly { taskId: string }[]): string[] => tasks.map((task) => task.taskId);

describe('overdueTasks', () => {
  it('should list nothing when today is the due date', () => {
    assert.deepEqual(overdueTasks(barnehageFlow(), '2027-03-08'), []);
  });

  it('should list open and taken tasks due before today, earliest first', () => {
    const flow = takeTask(barnehageFlow(), 'mottak', { actorId: ANNE, at: T1 });
    assert.deepEqual(ids(overdueTasks(flow, '2027-03-16')), ['plass', 'mottak']);
  });

  it('should leave out done tasks when they are past due', () => {
    const flow = completeTask(barnehageFlow(), 'plass', { actorId: ANNE, at: T1 });
    assert.deepEqual(ids(overdueTasks(flow, '2027-03-16')), ['mottak']);
  });

  it('should list nothing when the flow is closed', () => {
    assert.deepEqual(overdueTasks(closeUnitFlow(barnehageFlow(), T1), '2028-01-01'), []);
  });
});

describe('overdue-reminder', () => {
  it('should not be due when nothing is overdue', () => {
    assert.equal(isReminderDue(barnehageFlow(), '2027-03-08'), false);
  });

  it('should be due when a task is overdue and no reminder was sent', () => {
    assert.equal(isReminderDue(barnehageFlow(), '2027-03-09'), true);
  });

  it('should not be due again the same day when a reminder was sent', () => {
    const reminded = markReminded(barnehageFlow(), '2027-03-09', T1);
    assert.equal(reminded.lastReminderDate, '2027-03-09');
    assert.equal(isReminderDue(reminded, '2027-03-09'), false);
  });

  it('should be due again the next day when tasks are still overdue', () => {
    const reminded = markReminded(barnehageFlow(), '2027-03-09', T1);
    assert.equal(isReminderDue(reminded, '2027-03-10'), true);
  });

  it('should not be due when the flow is closed', () => {
    assert.equal(isReminderDue(closeUnitFlow(barnehageFlow(), T1), '2027-04-01'), false);
  });

  it('should not be due when the last reminder date lies ahead of today (clock skew)', () => {
    assert.equal(isReminderDue(markReminded(barnehageFlow(), '2027-03-11', T1), '2027-03-10'), false);
  });
});

describe('checklistProgress', () => {
  it('should count tasks by status and overdue when asked', () => {
    const flow = completeTask(takeTask(barnehageFlow(), 'mottak', { actorId: ANNE, at: T1 }), 'plass', { actorId: ANNE, at: T1 });
    assert.deepEqual(checklistProgress(flow, '2027-03-16'), { total: 3, open: 1, taken: 1, done: 1, overdue: 1 });
  });

  it('should count no overdue tasks when the flow is closed', () => {
    assert.equal(checklistProgress(closeUnitFlow(barnehageFlow(), T1), '2028-01-01').overdue, 0);
  });
});
