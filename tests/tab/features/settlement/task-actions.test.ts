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
import { commentTextSchema } from '../../../../bot/src/kernel/checklist/comment-task.js';

const none = { take: false, complete: false, reopen: false, release: false, comment: false };
const actions = (task: ReturnType<typeof aTask>) => taskActionButtons(task).map((b) => `${b.action}:${b.label}`);

describe('task-actions', () => {
  it('should show take and complete when the server offers them', () => {
    assert.deepEqual(actions(aTask({ actions: { ...none, take: true, complete: true } })), ['take:Jeg tar den', 'complete:Fullfør']);
  });

  it('should show release as "Frigi oppgaven" and reopen as "Gjenåpne", both sending reopen', () => {
    assert.deepEqual(actions(aTask({ status: 'taken', actions: { ...none, complete: true, release: true } })), [
      'complete:Fullfør',
      'reopen:Frigi oppgaven',
    ]);
    const [button] = taskActionButtons(aTask({ status: 'done', actions: { ...none, reopen: true } }));
    assert.equal(button?.label, 'Gjenåpne');
    assert.equal(button?.accessibleName, 'Gjenåpne: Bolig klar');
  });

  it('should show nothing and no comment box when the server offers nothing', () => {
    assert.deepEqual(actions(aTask({ actions: none })), []);
    assert.equal(canComment(aTask({ actions: none })), false);
    assert.equal(canComment(aTask({ actions: { ...none, comment: true } })), true);
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

  it('should refuse a comment over 1000 characters with the server’s limit message and accept 1000', () => {
    assert.deepEqual(checkComment('x'.repeat(1001)), { ok: false, message: 'Kommentaren kan være høyst 1000 tegn.' });
    assert.equal(checkComment(` ${'x'.repeat(1000)} `).ok, true);
  });

  it('should refuse control characters and invisible direction marks in a comment, but allow newline and tab', () => {
    for (const text of ['Ringt\u202Efamilien', 'Ringt\u0000', 'Ringt\u200B', 'Ringt\u2028familien', 'Ringt\rfamilien']) {
      assert.deepEqual(checkComment(text), {
        ok: false,
        message: 'Kommentaren kan ikke inneholde kontrolltegn eller usynlige retningstegn.',
      });
    }
    assert.deepEqual(checkComment('Ringt familien.\r\n\tMøte avtalt.'), { ok: true, text: 'Ringt familien.\r\n\tMøte avtalt.' });
  });

  it('should refuse what the server refuses, with the server’s message, when the comment is not blank', () => {
    for (const text of ['x'.repeat(1001), 'e\u0301'.repeat(1000), 'Ringt\u202Efamilien', 'Ringt\u0085', 'Linje 1\r\nLinje 2', ' Ok ']) {
      const server = commentTextSchema.safeParse(text);
      const client = checkComment(text);
      assert.equal(client.ok, server.success, JSON.stringify(text));
      if (!client.ok) assert.equal(client.message, `${server.error?.issues[0]?.message}.`);
    }
  });

  it('should confirm each action in Norwegian', () => {
    assert.equal(actionDoneMessage('complete', 'Bolig klar'), 'Oppgaven «Bolig klar» er fullført.');
  });
});
