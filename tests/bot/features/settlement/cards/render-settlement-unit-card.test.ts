import assert from 'node:assert/strict';
import {
  DONE_TASKS_CONTAINER_ID,
  renderSettlementUnitCard,
} from '../../../../../bot/src/features/settlement/cards/render-settlement-unit-card.js';
import type { ChecklistTask } from '../../../../../bot/src/kernel/checklist/checklist-task.js';
import type { UnitFlow } from '../../../../../bot/src/features/settlement/domain/unit-flow.js';
import { familySettlement, TODAY } from '../domain/fixtures.js';
import { ANNE, barnehageFlow, T1, T2 } from '../domain/flow-fixtures.js';

type Node = Record<string, unknown>;

/** Every object in the card, depth first. */
function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (value === null || typeof value !== 'object') return [];
  return [value as Node, ...Object.values(value).flatMap(nodes)];
}

const texts = (value: unknown): string[] => nodes(value).flatMap((node) => (node['type'] === 'TextBlock' ? [String(node['text'])] : []));

function render(change: (tasks: readonly ChecklistTask[]) => ChecklistTask[] = (tasks) => [...tasks]) {
  const flow = barnehageFlow();
  const changed: UnitFlow = { ...flow, tasks: change(flow.tasks) };
  return renderSettlementUnitCard({
    settlement: familySettlement(),
    unitName: 'Barnehage',
    flow: changed,
    today: TODAY,
    secureZoneUrl: 'http://127.0.0.1:3978/tab',
    staffNames: new Map([[ANNE, 'Anne Ansatt']]),
    viewer: { mayWork: true },
  });
}

describe('renderSettlementUnitCard', () => {
  it('should show the responsible role of each task', () => {
    const lines = texts(render());
    assert.ok(lines.some((line) => line.startsWith('Ansvarlig: Styrer · Frist')));
    assert.equal(lines.filter((line) => line.startsWith('Ansvarlig: Pedagogisk leder')).length, 2);
  });

  it('should show the latest comment with its Oslo date and no author, cut to 200 characters', () => {
    const long = `Ringte skolen. ${'x'.repeat(300)}`;
    const card = render(([first, ...rest]) => [
      {
        ...first!,
        comments: [
          { id: 'c1', authorId: ANNE, at: T1, text: 'Første kommentar' },
          { id: 'c2', authorId: ANNE, at: '2027-03-01T23:30:00.000Z', text: long },
        ],
      },
      ...rest,
    ]);
    const latest = texts(card).filter((line) => line.startsWith('Siste kommentar'));
    assert.equal(latest.length, 1, 'only the task with comments has the line');
    assert.ok(latest[0]!.startsWith('Siste kommentar (02.03.2027): Ringte skolen. xxx'), 'the date is the Oslo date');
    assert.equal([...latest[0]!.slice(latest[0]!.indexOf(': ') + 2)].length, 200);
    assert.ok(latest[0]!.endsWith('…'));
    assert.doesNotMatch(JSON.stringify(card), /Første kommentar|Anne Ansatt.*Ringte/);
  });

  it('should collapse finished tasks behind "Vis fullførte (n)" and keep the others visible', () => {
    const card = render((tasks) =>
      tasks.map((task, index) => (index < 2 ? { ...task, status: 'done', takenBy: ANNE, completedBy: ANNE, completedAt: T2 } : task)),
    );
    const all = nodes(card);
    const toggle = all.find((node) => node['type'] === 'Action.ToggleVisibility');
    assert.deepEqual([toggle?.['title'], toggle?.['targetElements']], ['Vis fullførte (2)', [DONE_TASKS_CONTAINER_ID]]);
    const hidden = all.find((node) => node['id'] === DONE_TASKS_CONTAINER_ID);
    assert.equal(hidden?.['isVisible'], false);
    assert.deepEqual(
      texts(hidden).filter((line) => ['Barnehageplass', 'Velkommen', 'Oppstartsamtale'].includes(line)),
      ['Barnehageplass', 'Velkommen'],
    );
    const visible = all.find((node) => node['id'] === 'oppgaver');
    assert.equal(visible?.['isVisible'], true);
    assert.deepEqual(
      texts(visible).filter((line) => ['Barnehageplass', 'Velkommen', 'Oppstartsamtale'].includes(line)),
      ['Oppstartsamtale'],
    );
  });

  it('should offer no toggle when no task is finished', () => {
    assert.equal(nodes(render()).filter((node) => node['type'] === 'Action.ToggleVisibility').length, 0);
  });

  it('should warn in the comment input not to write names, birth dates or health details', () => {
    const card = render();
    const input = nodes(card).find((node) => node['type'] === 'Input.Text');
    assert.equal(input?.['placeholder'], 'Ikke skriv navn, fødselsdatoer eller helseopplysninger');
    assert.ok(texts(card).includes('Ikke skriv navn, fødselsdatoer eller helseopplysninger.'));
  });
});
