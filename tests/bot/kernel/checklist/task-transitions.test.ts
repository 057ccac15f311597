import assert from 'node:assert/strict';
import { MAX_COMMENTS_PER_TASK, MAX_COMMENT_LENGTH, commentTask } from '../../../../bot/src/kernel/checklist/comment-task.js';
import { completeTask } from '../../../../bot/src/kernel/checklist/complete-task.js';
import { reopenTask } from '../../../../bot/src/kernel/checklist/reopen-task.js';
import { takeTask } from '../../../../bot/src/kernel/checklist/take-task.js';
import { closeUnitFlow } from '../../../../bot/src/features/settlement/domain/unit-flow-lifecycle.js';
import { findTask } from '../../../../bot/src/kernel/checklist/find-task.js';
import { expectDomainError, expectInvalid } from '../../features/settlement/domain/expect-invalid.js';
import { ANNE, BJORN, T1, T2, barnehageFlow } from '../../features/settlement/domain/flow-fixtures.js';

const anne = { actorId: ANNE, at: T1 };
const bjorn = { actorId: BJORN, at: T2 };

describe('takeTask', () => {
  it('should mark an open task taken by the actor when taken', () => {
    const before = barnehageFlow();
    const flow = takeTask(before, 'plass', anne);
    assert.deepEqual(
      { status: findTask(flow, 'plass').status, takenBy: findTask(flow, 'plass').takenBy, takenAt: findTask(flow, 'plass').takenAt },
      { status: 'taken', takenBy: ANNE, takenAt: T1 },
    );
    assert.equal(flow.updatedAt, T1);
    assert.equal(findTask(before, 'plass').status, 'open', 'the old flow is not changed');
    assert.equal(findTask(flow, 'mottak').status, 'open');
  });

  it('should return the same flow when the actor takes a task they already have', () => {
    const flow = takeTask(barnehageFlow(), 'plass', anne);
    assert.equal(takeTask(flow, 'plass', { ...anne, at: T2 }), flow);
  });

  it('should refuse with a conflict when someone else has taken the task', () => {
    const flow = takeTask(barnehageFlow(), 'plass', anne);
    expectDomainError(() => takeTask(flow, 'plass', bjorn), 'conflict', 'allerede tatt av en annen');
  });

  it('should refuse with a conflict when the task is done', () => {
    const flow = completeTask(barnehageFlow(), 'plass', anne);
    expectDomainError(() => takeTask(flow, 'plass', anne), 'conflict', 'allerede fullført');
  });

  it('should refuse an unknown task with invalid-input when taken', () => {
    expectInvalid(() => takeTask(barnehageFlow(), 'forfalsket', anne), 'Oppgaven finnes ikke');
  });

  it('should refuse with a conflict when the flow is closed', () => {
    expectDomainError(() => takeTask(closeUnitFlow(barnehageFlow(), T1), 'plass', anne), 'conflict', 'Oppgavelisten er avsluttet');
  });
});

describe('completeTask', () => {
  it('should mark an open task done by the actor when completed', () => {
    const task = findTask(completeTask(barnehageFlow(), 'plass', anne), 'plass');
    assert.deepEqual([task.status, task.completedBy, task.completedAt, task.takenBy], ['done', ANNE, T1, undefined]);
  });

  it('should let another member complete a taken task and keep who took it', () => {
    const taken = takeTask(barnehageFlow(), 'plass', anne);
    const task = findTask(completeTask(taken, 'plass', bjorn), 'plass');
    assert.deepEqual([task.status, task.takenBy, task.completedBy], ['done', ANNE, BJORN]);
  });

  it('should return the same flow when the actor completes their own completed task again', () => {
    const flow = completeTask(barnehageFlow(), 'plass', anne);
    assert.equal(completeTask(flow, 'plass', { ...anne, at: T2 }), flow);
  });

  it('should refuse with a conflict when someone else already completed the task', () => {
    const flow = completeTask(barnehageFlow(), 'plass', anne);
    expectDomainError(() => completeTask(flow, 'plass', bjorn), 'conflict', 'allerede fullført av en annen');
  });

  it('should refuse with a conflict when the flow is closed', () => {
    expectDomainError(() => completeTask(closeUnitFlow(barnehageFlow(), T1), 'plass', anne), 'conflict', 'Oppgavelisten er avsluttet');
  });
});

describe('reopenTask', () => {
  it('should reopen a completed task and clear taker and completion when reopened by anyone', () => {
    const done = completeTask(takeTask(barnehageFlow(), 'plass', anne), 'plass', anne);
    const task = findTask(reopenTask(done, 'plass', bjorn), 'plass');
    assert.equal(task.status, 'open');
    assert.equal('takenBy' in task || 'takenAt' in task || 'completedBy' in task || 'completedAt' in task, false);
  });

  it('should release a taken task when the one who took it reopens it', () => {
    const taken = takeTask(barnehageFlow(), 'plass', anne);
    assert.equal(findTask(reopenTask(taken, 'plass', anne), 'plass').status, 'open');
  });

  it('should refuse with a conflict when someone else tries to release a taken task', () => {
    const taken = takeTask(barnehageFlow(), 'plass', anne);
    expectDomainError(() => reopenTask(taken, 'plass', bjorn), 'conflict', 'tatt av en annen');
  });

  it('should return the same flow when the task is already open', () => {
    const flow = barnehageFlow();
    assert.equal(reopenTask(flow, 'plass', anne), flow);
  });

  it('should keep the comments when a task is reopened', () => {
    const commented = commentTask(completeTask(barnehageFlow(), 'plass', anne), 'plass', 'Ferdig', { ...anne, commentId: 'c1' });
    assert.equal(findTask(reopenTask(commented, 'plass', bjorn), 'plass').comments.length, 1);
  });
});

describe('commentTask', () => {
  it('should add a trimmed comment with author and time when commented', () => {
    const flow = commentTask(barnehageFlow(), 'plass', '  Venter på svar  ', { ...anne, commentId: 'c1' });
    assert.deepEqual(findTask(flow, 'plass').comments, [{ id: 'c1', authorId: ANNE, at: T1, text: 'Venter på svar' }]);
  });

  it('should comment a done task when the task is completed', () => {
    const done = completeTask(barnehageFlow(), 'plass', anne);
    assert.equal(findTask(commentTask(done, 'plass', 'Ok', { ...bjorn, commentId: 'c1' }), 'plass').comments.length, 1);
  });

  it('should return the same flow when the same comment id is sent again', () => {
    const flow = commentTask(barnehageFlow(), 'plass', 'Hei', { ...anne, commentId: 'c1' });
    assert.equal(commentTask(flow, 'plass', 'Hei', { ...anne, commentId: 'c1' }), flow);
  });

  it('should refuse an empty or oversized comment with invalid-input', () => {
    expectInvalid(() => commentTask(barnehageFlow(), 'plass', '   ', { ...anne, commentId: 'c1' }), 'Kommentaren må fylles ut');
    expectInvalid(
      () => commentTask(barnehageFlow(), 'plass', 'x'.repeat(MAX_COMMENT_LENGTH + 1), { ...anne, commentId: 'c1' }),
      `høyst ${MAX_COMMENT_LENGTH} tegn`,
    );
    expectInvalid(
      () => commentTask(barnehageFlow(), 'plass', 42 as unknown as string, { ...anne, commentId: 'c1' }),
      'Kommentaren må være tekst',
    );
  });

  it('should refuse a comment with a control character or bidi override, and keep its line breaks', () => {
    for (const bad of ['a\u0000b', 'a\u001Bb', 'a\u202Eb', 'a\u2066b']) {
      expectInvalid(
        () => commentTask(barnehageFlow(), 'plass', bad, { ...anne, commentId: 'c1' }),
        'Kommentaren kan ikke inneholde kontrolltegn eller usynlige retningstegn',
      );
    }
    const flow = commentTask(barnehageFlow(), 'plass', ' Linje 1\r\nLinje 2 ', { ...anne, commentId: 'c1' });
    assert.equal(findTask(flow, 'plass').comments[0]?.text, 'Linje 1\nLinje 2');
  });

  it('should refuse with a conflict when the task has reached the comment limit', () => {
    let flow = barnehageFlow();
    for (let i = 0; i < MAX_COMMENTS_PER_TASK; i++) {
      flow = commentTask(flow, 'plass', `k${i}`, { ...anne, commentId: `c${i}` });
    }
    expectDomainError(() => commentTask(flow, 'plass', 'en til', { ...anne, commentId: 'extra' }), 'conflict', 'grensen');
  });

  it('should refuse with a conflict when the flow is closed', () => {
    expectDomainError(
      () => commentTask(closeUnitFlow(barnehageFlow(), T1), 'plass', 'Hei', { ...anne, commentId: 'c1' }),
      'conflict',
      'Oppgavelisten er avsluttet',
    );
  });
});
