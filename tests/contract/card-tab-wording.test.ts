import assert from 'node:assert/strict';
import template from '../../bot/src/features/settlement/cards/templates/settlement-unit.json' with { type: 'json' };
import { renderSettlementUnitCard } from '../../bot/src/features/settlement/cards/render-settlement-unit-card.js';
import { TASK_STATUS_LABELS, type TaskStatus } from '../../bot/src/kernel/checklist/checklist-task.js';
import { TASK_WORDS } from '../../tab/src/features/settlement/task-actions.js';
import { familySettlement } from '../bot/features/settlement/domain/fixtures.js';
import { ANNE, barnehageFlow } from '../bot/features/settlement/domain/flow-fixtures.js';

type Node = Record<string, unknown>;

function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (value === null || typeof value !== 'object') return [];
  return [value as Node, ...Object.values(value).flatMap(nodes)];
}

/** The titles of the card's task actions (Action.Execute and the comment's Action.ShowCard). */
const cardActionTitles = new Set(
  nodes(template).flatMap((node) =>
    (node['type'] === 'Action.Execute' && node['verb'] !== 'refreshSettlementCard') || node['type'] === 'Action.ShowCard'
      ? [String(node['title'])]
      : [],
  ),
);

describe('card and tab wording', () => {
  it('should give every task action the same title on the card as on the tab', () => {
    const tabActionLabels = new Set([
      TASK_WORDS.take,
      TASK_WORDS.complete,
      TASK_WORDS.release,
      TASK_WORDS.reopen,
      TASK_WORDS.comment,
      TASK_WORDS.sendComment,
    ]);
    assert.deepEqual([...cardActionTitles].sort(), [...tabActionLabels].sort());
  });

  it('should show the same status, overdue and responsible-role words and comment warning on the card as on the tab', () => {
    const flow = barnehageFlow();
    const statuses: TaskStatus[] = ['open', 'taken', 'done'];
    // The first task is long overdue on this day; each task gets one of the statuses.
    const tasks = flow.tasks.map((task, index) => ({ ...task, status: statuses[index]!, takenBy: ANNE, completedBy: ANNE }));
    const card = renderSettlementUnitCard({
      settlement: familySettlement(),
      unitName: 'Barnehage',
      flow: { ...flow, tasks },
      today: '2027-12-31',
      secureZoneUrl: 'http://127.0.0.1:3978/tab',
      staffNames: new Map(),
      viewer: { mayWork: true },
    });
    const lines = nodes(card).flatMap((node) => (node['type'] === 'TextBlock' ? [String(node['text'])] : []));
    const statusLines = lines.filter((line) => line.startsWith(`${TASK_WORDS.ownerRole}: `));
    assert.equal(statusLines.length, 3, 'every task names its responsible role as the tab does');
    // The tab shows the API's statusLabel, which is TASK_STATUS_LABELS[status].
    statuses.forEach((status, index) => assert.match(statusLines[index]!, new RegExp(`· ${TASK_STATUS_LABELS[status]}`)));
    assert.ok(statusLines.some((line) => line.includes(TASK_WORDS.overdue)));
    assert.ok(lines.includes(TASK_WORDS.commentWarning));
  });
});
