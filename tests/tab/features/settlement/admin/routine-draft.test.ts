import assert from 'node:assert/strict';
import {
  addTask,
  checkRoutineDrafts,
  describeOffset,
  draftsFromTasks,
  moveTask,
  removeTask,
  slugify,
  tasksForSave,
} from '../../../../../tab/src/features/settlement/admin/routine-draft.js';
import type { RoutineTask } from '../../../../../contract/admin.js';

const TASKS: RoutineTask[] = [
  { id: 'bolig-klar', title: 'Bolig klar', description: 'Klar.', ownerRole: 'Bosettingskoordinator', dueOffsetDays: -7 },
  { id: 'tolk-bestilt', title: 'Tolk bestilt', description: '', ownerRole: 'Bosettingskoordinator', dueOffsetDays: -5 },
];

describe('routine-draft', () => {
  it('should save the stored tasks unchanged when nothing was edited', () => {
    assert.deepEqual(tasksForSave(draftsFromTasks(TASKS)), TASKS);
  });

  it('should move a task up and down and ignore moves past the ends', () => {
    const drafts = draftsFromTasks(TASKS);
    assert.deepEqual(
      moveTask(drafts, 1, -1).map((d) => d.id),
      ['tolk-bestilt', 'bolig-klar'],
    );
    assert.deepEqual(
      moveTask(drafts, 0, 1).map((d) => d.id),
      ['tolk-bestilt', 'bolig-klar'],
    );
    assert.deepEqual(
      moveTask(drafts, 0, -1).map((d) => d.id),
      ['bolig-klar', 'tolk-bestilt'],
    );
    assert.deepEqual(
      removeTask(drafts, 0).map((d) => d.id),
      ['tolk-bestilt'],
    );
  });

  it('should give a new task a unique id made from its title', () => {
    const drafts = addTask(addTask(draftsFromTasks(TASKS))).map((d, i) =>
      i >= 2 ? { ...d, title: i === 2 ? 'Bolig klar' : 'Første møte på skolen', ownerRole: 'Rektor', dueOffsetDays: '14' } : d,
    );
    const saved = tasksForSave(drafts);
    assert.equal(saved[2]?.id, 'bolig-klar-2');
    assert.equal(saved[3]?.id, 'forste-mote-pa-skolen');
    assert.equal(saved[3]?.dueOffsetDays, 14);
  });

  it('should make slugs with æ, ø and å spelt out and at most 40 characters', () => {
    assert.equal(slugify('Kartlegging av bærekraft – økonomi og språk'), 'kartlegging-av-baerekraft-okonomi-og-spr');
    assert.equal(slugify('!!!'), 'oppgave');
  });

  it('should refuse missing fields and offsets that are not whole days within the limits', () => {
    const [first] = draftsFromTasks(TASKS);
    const fields = (patch: object) => checkRoutineDrafts([{ ...first!, ...patch }]).map((e) => e.field);
    assert.deepEqual(fields({ title: ' ' }), ['routine-task-1-title']);
    assert.deepEqual(fields({ ownerRole: '' }), ['routine-task-1-owner-role']);
    assert.deepEqual(fields({ dueOffsetDays: '1,5' }), ['routine-task-1-due-offset']);
    assert.deepEqual(fields({ dueOffsetDays: '-181' }), ['routine-task-1-due-offset']);
    assert.deepEqual(fields({ dueOffsetDays: '730' }), []);
    assert.deepEqual(
      checkRoutineDrafts([]).map((e) => e.field),
      ['add-task'],
    );
  });

  it('should describe the offset relative to arrival', () => {
    assert.equal(describeOffset('-7'), '7 dager før ankomst');
    assert.equal(describeOffset('0'), 'Ankomstdagen');
    assert.equal(describeOffset('1'), '1 dag etter ankomst');
    assert.equal(describeOffset('x'), '');
  });
});
