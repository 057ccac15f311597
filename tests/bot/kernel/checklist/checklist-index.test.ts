import assert from 'node:assert/strict';
import { checklistIndex } from '../../../../bot/src/kernel/checklist/checklist-index.js';
import type { ChecklistTask } from '../../../../bot/src/kernel/checklist/checklist-task.js';

function task(taskId: string, dueDate: string, status: ChecklistTask['status'], takenBy?: string): ChecklistTask {
  return { taskId, title: taskId, description: '', ownerRole: 'Enheten', dueOffsetDays: 0, dueDate, status, comments: [], ...(takenBy ? { takenBy } : {}) };
}

describe('checklistIndex', () => {
  it('should give the earliest due date of a task not done, and who has taken open tasks, each once', () => {
    const index = checklistIndex({
      status: 'active',
      updatedAt: '2026-12-01T00:00:00.000Z',
      tasks: [
        task('a', '2026-11-01', 'done', 'u9'),
        task('b', '2026-12-05', 'taken', 'u2'),
        task('c', '2026-12-03', 'open'),
        task('d', '2026-12-09', 'taken', 'u2'),
        task('e', '2026-12-10', 'taken', 'u1'),
      ],
    });
    assert.deepEqual(index, { nextOpenDueDate: '2026-12-03', takenByIds: ['u1', 'u2'] });
  });

  it('should have nothing open when every task is done or the checklist is closed', () => {
    const tasks = [task('a', '2026-11-01', 'taken', 'u1')];
    assert.deepEqual(checklistIndex({ status: 'closed', updatedAt: '', tasks }), { nextOpenDueDate: null, takenByIds: [] });
    assert.deepEqual(checklistIndex({ status: 'active', updatedAt: '', tasks: [task('a', '2026-11-01', 'done', 'u1')] }), {
      nextOpenDueDate: null,
      takenByIds: [],
    });
  });
});
