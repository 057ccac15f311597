import assert from 'node:assert/strict';
import type { Checklist } from '../../../../bot/src/kernel/checklist/checklist.js';
import type { ChecklistTask } from '../../../../bot/src/kernel/checklist/checklist-task.js';
import { completeTask } from '../../../../bot/src/kernel/checklist/complete-task.js';
import { findTask } from '../../../../bot/src/kernel/checklist/find-task.js';
import { reopenTask } from '../../../../bot/src/kernel/checklist/reopen-task.js';
import { takeTask } from '../../../../bot/src/kernel/checklist/take-task.js';
import { offeredTaskActions, type OfferedTaskActions } from '../../../../bot/src/kernel/checklist/task-permissions.js';
import { isDomainError } from '../../../../bot/src/kernel/domain-error.js';

const KARI = 'kari';
const OLA = 'ola';
const AT = '2026-03-02T09:00:00.000Z';

function checklistWith(task: Partial<ChecklistTask>): Checklist {
  const base: ChecklistTask = {
    taskId: 't',
    title: 'Oppgave',
    description: '',
    ownerRole: 'unit-member',
    dueOffsetDays: 0,
    dueDate: '2026-03-01',
    status: 'open',
    comments: [],
  };
  return { status: 'active', tasks: [{ ...base, ...task }], updatedAt: AT };
}

const states: Record<string, Partial<ChecklistTask>> = {
  open: { status: 'open' },
  'taken by Kari': { status: 'taken', takenBy: KARI, takenAt: AT },
  'taken by Ola': { status: 'taken', takenBy: OLA, takenAt: AT },
  'done by Ola': { status: 'done', takenBy: OLA, completedBy: OLA, completedAt: AT },
};

const offered = (state: Partial<ChecklistTask>, viewer = { id: KARI, mayWork: true }): OfferedTaskActions => {
  const checklist = checklistWith(state);
  return offeredTaskActions(checklist, checklist.tasks[0]!, viewer);
};

describe('offeredTaskActions', () => {
  it('should offer take and complete on an open task', () => {
    assert.deepEqual(offered(states.open!), { take: true, complete: true, reopen: false, release: false, comment: true });
  });

  it('should offer release only to the one who took the task', () => {
    assert.equal(offered(states['taken by Kari']!).release, true);
    assert.equal(offered(states['taken by Ola']!).release, false);
    assert.equal(offered(states['taken by Ola']!).reopen, false, 'Gjenåpne is not offered on a task someone else took');
  });

  it('should offer reopen on a done task to anyone who works the checklist', () => {
    assert.equal(offered(states['done by Ola']!).reopen, true);
  });

  it('should offer release to nobody on a card without a viewer', () => {
    assert.equal(offered(states['taken by Kari']!, { mayWork: true } as never).release, false);
  });

  it('should offer nothing when the checklist is closed or the viewer may not work it', () => {
    const none = { take: false, complete: false, reopen: false, release: false, comment: false };
    assert.deepEqual(offered(states.open!, { id: KARI, mayWork: false }), none);
    const closed = { ...checklistWith(states.open!), status: 'closed' as const };
    assert.deepEqual(offeredTaskActions(closed, closed.tasks[0]!, { id: KARI, mayWork: true }), none);
  });

  it('should agree with the transitions: what is offered succeeds and changes the task, what is not is refused or changes nothing', () => {
    const transitions = {
      take: takeTask,
      complete: completeTask,
      reopen: reopenTask,
      release: reopenTask,
    } as const;
    for (const [name, state] of Object.entries(states)) {
      const checklist = checklistWith(state);
      const offers = offeredTaskActions(checklist, checklist.tasks[0]!, { id: KARI, mayWork: true });
      for (const action of ['take', 'complete', 'reopen', 'release'] as const) {
        let outcome: 'changed' | 'unchanged' | 'refused';
        try {
          const next = transitions[action](checklist, 't', { actorId: KARI, at: AT });
          outcome = findTask(next, 't') === findTask(checklist, 't') ? 'unchanged' : 'changed';
        } catch (error) {
          assert.ok(isDomainError(error, 'conflict'), `${action} on ${name} throws a domain conflict`);
          outcome = 'refused';
        }
        // reopen and release share one transition; each offer must be a real change.
        if (offers[action]) assert.equal(outcome, 'changed', `${action} is offered on a task ${name}, so it must change it`);
        else if (action !== 'reopen' && action !== 'release')
          assert.notEqual(outcome, 'changed', `${action} is not offered on a task ${name}, so it must not change it`);
      }
      if (state.status === 'taken' && state.takenBy !== KARI) {
        assert.throws(() => reopenTask(checklist, 't', { actorId: KARI, at: AT }), /kan bare frigis av den som tok den/);
      }
    }
  });
});
