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
import { routineTasksSchema } from '../../../../../bot/src/features/settlement/domain/routine-template-schema.js';
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

  it('should refuse too long texts with the server’s limit message and accept the limit', () => {
    const [first] = draftsFromTasks(TASKS);
    const check = (patch: object) => checkRoutineDrafts([{ ...first!, ...patch }]);
    assert.deepEqual(check({ title: 'x'.repeat(121) }), [
      { field: 'routine-task-1-title', message: 'Oppgave 1: Tittel kan være høyst 120 tegn.' },
    ]);
    assert.deepEqual(check({ description: 'x'.repeat(1001) }), [
      { field: 'routine-task-1-description', message: 'Oppgave 1: Beskrivelse kan være høyst 1000 tegn.' },
    ]);
    assert.deepEqual(check({ ownerRole: 'x'.repeat(81) }), [
      { field: 'routine-task-1-owner-role', message: 'Oppgave 1: Ansvarlig rolle kan være høyst 80 tegn.' },
    ]);
    assert.deepEqual(check({ title: ` ${'x'.repeat(120)} `, description: 'x'.repeat(1000), ownerRole: 'x'.repeat(80) }), []);
  });

  it('should refuse control characters and invisible direction marks in each text, naming the field', () => {
    const [first] = draftsFromTasks(TASKS);
    const hidden = 'kan ikke inneholde kontrolltegn eller usynlige retningstegn.';
    assert.deepEqual(checkRoutineDrafts([{ ...first!, title: 'Bolig\u202Eklar', description: 'Klar\u0000', ownerRole: 'Rektor\u200B' }]), [
      { field: 'routine-task-1-title', message: `Oppgave 1: Tittel ${hidden}` },
      { field: 'routine-task-1-description', message: `Oppgave 1: Beskrivelse ${hidden}` },
      { field: 'routine-task-1-owner-role', message: `Oppgave 1: Ansvarlig rolle ${hidden}` },
    ]);
  });

  it('should allow newline and tab in the description but no line break in the title or owner role', () => {
    const [first] = draftsFromTasks(TASKS);
    assert.deepEqual(checkRoutineDrafts([{ ...first!, description: 'Linje 1\r\n\tLinje 2' }]), []);
    assert.deepEqual(checkRoutineDrafts([{ ...first!, title: 'Bolig\nklar', ownerRole: 'Rektor\n' }]), [
      { field: 'routine-task-1-title', message: 'Oppgave 1: Tittel kan ikke inneholde linjeskift.' },
      { field: 'routine-task-1-owner-role', message: 'Oppgave 1: Ansvarlig rolle kan ikke inneholde linjeskift.' },
    ]);
  });

  it('should refuse what the server refuses, with the server’s message, for each text of a task', () => {
    const samples = [
      '',
      ' ',
      'x'.repeat(1001),
      'e\u0301'.repeat(80),
      'Bolig\u202Eklar',
      'Bolig\nklar',
      'Bolig\tklar',
      'Linje\r\nLinje',
      'Ok\u2066',
    ];
    const fields = [
      { key: 'title', suffix: 'title' },
      { key: 'description', suffix: 'description' },
      { key: 'ownerRole', suffix: 'owner-role' },
    ] as const;
    for (const { key, suffix } of fields) {
      for (const text of samples) {
        const task = { ...TASKS[0]!, [key]: text };
        const server = routineTasksSchema.safeParse([task]);
        const client = checkRoutineDrafts(draftsFromTasks([task])).filter((e) => e.field === `routine-task-1-${suffix}`);
        assert.equal(client.length === 0, server.success, `${key}: ${JSON.stringify(text)}`);
        if (!server.success) assert.deepEqual(client[0]?.message, `Oppgave 1: ${server.error.issues[0]?.message}.`);
      }
    }
  });

  it('should describe the offset relative to arrival', () => {
    assert.equal(describeOffset('-7'), '7 dager før ankomst');
    assert.equal(describeOffset('0'), 'Ankomstdagen');
    assert.equal(describeOffset('1'), '1 dag etter ankomst');
    assert.equal(describeOffset('x'), '');
  });
});
