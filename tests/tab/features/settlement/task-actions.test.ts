import assert from 'node:assert/strict';
import {
  actionDoneMessage,
  canComment,
  checkComment,
  dueText,
  taskActionButtons,
  taskStatusText,
} from '../../../../tab/src/features/settlement/task-actions.js';
import { aTask } from './settlement-fixture.js';

const working = { flowActive: true, canWork: true };
const actions = (...args: Parameters<typeof taskActionButtons>) => taskActionButtons(...args).map((b) => b.action);

describe('task-actions', () => {
  it('should offer take and complete when the task is open', () => {
    assert.deepEqual(actions(aTask({ status: 'open' }), working), ['take', 'complete']);
  });

  it('should offer release only to the one who took the task', () => {
    assert.deepEqual(actions(aTask({ status: 'taken', takenByName: 'Kari', takenByMe: true }), working), ['complete', 'reopen']);
    assert.deepEqual(actions(aTask({ status: 'taken', takenByName: 'Kari', takenByMe: false }), working), ['complete']);
  });

  it('should offer reopen when the task is done', () => {
    const [button] = taskActionButtons(aTask({ status: 'done' }), working);
    assert.equal(button?.action, 'reopen');
    assert.equal(button?.label, 'Gjenåpne');
    assert.equal(button?.accessibleName, 'Gjenåpne: Bolig klar');
  });

  it('should offer nothing when the flow is closed or the user does not work in the unit', () => {
    assert.deepEqual(actions(aTask(), { ...working, flowActive: false }), []);
    assert.deepEqual(actions(aTask(), { ...working, canWork: false }), []);
    assert.equal(canComment({ ...working, flowActive: false }), false);
    assert.equal(canComment(working), true);
  });

  it('should say who took or completed the task', () => {
    assert.equal(taskStatusText(aTask({ status: 'taken', statusLabel: 'Tatt', takenByName: 'Kari' })), 'Tatt av Kari');
    assert.equal(
      taskStatusText(aTask({ status: 'done', statusLabel: 'Fullført', completedByName: 'Per', completedAt: '2026-03-05T09:00:00Z' })),
      'Fullført av Per 05.03.2026 kl. 10:00',
    );
    assert.equal(taskStatusText(aTask()), 'Åpen');
  });

  it('should show the due date as dd.MM.yyyy', () => {
    assert.equal(dueText(aTask({ dueDate: '2026-02-27' })), 'Frist 27.02.2026');
  });

  it('should refuse an empty or too long comment and trim a good one', () => {
    assert.deepEqual(checkComment('  '), { ok: false, message: 'Skriv en kommentar før du sender.' });
    assert.equal(checkComment('x'.repeat(1001)).ok, false);
    assert.deepEqual(checkComment(' Ringt familien. '), { ok: true, text: 'Ringt familien.' });
  });

  it('should confirm each action in Norwegian', () => {
    assert.equal(actionDoneMessage('complete', 'Bolig klar'), 'Oppgaven «Bolig klar» er fullført.');
  });
});
