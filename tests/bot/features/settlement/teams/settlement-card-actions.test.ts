import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { settlementSubject } from '../../../../../bot/src/features/settlement/delivery/settlement-topic.js';
import { ADMIN_ID, BARNEHAGE_MEMBER_ID, createBotHarness, TEST_CHANNEL_ID, type BotHarness } from '../../../../support/bot/bot-harness.js';
import { sensitiveStrings, testRegistration } from '../../../../support/settlements/test-household.js';

const COORDINATOR_ID = '00000000-0000-4000-8000-000000000002';
const GRUNNSKOLE_MEMBER_ID = '00000000-0000-4000-8000-000000000007';

const invoke = (verb: string, data: unknown): Partial<Activity> => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data } },
});
type InvokeBody = { statusCode: number; type: string; value: unknown };
const bodyOf = (activity: Partial<Activity>): InvokeBody => (activity.value as { body: InvokeBody }).body;

describe('settlement card actions (TestAdapter)', () => {
  let harness: BotHarness;
  let settlementId: string;
  let taskId: string;
  let secondTaskId: string;
  let registration: ReturnType<typeof testRegistration>;
  const outgoing: string[] = [];

  before(async () => {
    harness = await createBotHarness();
    await harness.repositories.bindings.put({
      tenantId: DEMO_TENANT_ID,
      unitId: 'barnehage',
      conversationId: TEST_CHANNEL_ID,
      channelName: 'Barnehage',
      boundBy: ADMIN_ID,
      boundAt: new Date().toISOString(),
    });
    const coordinator = (await harness.repositories.users.get(DEMO_TENANT_ID, COORDINATOR_ID))!;
    registration = testRegistration(addDays(osloToday(), 10));
    ({
      settlement: { id: settlementId },
    } = await registerSettlement(harness.settlementServices, coordinator, registration));
    const flow = (await harness.repositories.flows.get(DEMO_TENANT_ID, settlementId, 'barnehage'))!.value;
    [taskId, secondTaskId] = [flow.tasks[0]!.taskId, flow.tasks[1]!.taskId];
  });
  after(async () => harness.dispose());

  const act = async (userId: string, verb: string, data: unknown, check: (body: InvokeBody) => void): Promise<void> => {
    await harness
      .adapter({ scope: 'channel', userId })
      .send(invoke(verb, data))
      .assertReply((reply) => {
        outgoing.push(JSON.stringify(reply));
        check(bodyOf(reply));
      });
  };
  const taskStatus = async (id: string) =>
    (await harness.repositories.flows.get(DEMO_TENANT_ID, settlementId, 'barnehage'))!.value.tasks.find((t) => t.taskId === id)!;

  it('should let a barnehage member take a task and return the updated card', async () => {
    await act(BARNEHAGE_MEMBER_ID, 'takeTask', { settlementId, unitId: 'barnehage', taskId }, (body) => {
      assert.equal(body.statusCode, 200);
      assert.match(JSON.stringify(body.value), /Tatt \(Berit Barnehage\)/);
    });
    assert.equal((await taskStatus(taskId)).takenBy, BARNEHAGE_MEMBER_ID);
    const outbox = await harness.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlementId));
    assert.ok(
      outbox.some((m) => m.unitId === 'barnehage' && m.operation === 'update'),
      'an in-place update of the posted card is queued',
    );
  });

  it('should complete the task, then refuse completing it again by someone else with a Norwegian message', async () => {
    await act(BARNEHAGE_MEMBER_ID, 'completeTask', { settlementId, unitId: 'barnehage', taskId }, (body) =>
      assert.equal(body.statusCode, 200),
    );
    await act(ADMIN_ID, 'completeTask', { settlementId, unitId: 'barnehage', taskId }, (body) => {
      assert.equal(body.statusCode, 409);
      assert.match((body.value as { message: string }).message, /fullført/i);
    });
    assert.equal((await taskStatus(taskId)).completedBy, BARNEHAGE_MEMBER_ID);
  });

  it('should add a comment from the card input and refuse an empty one', async () => {
    await act(
      BARNEHAGE_MEMBER_ID,
      'commentTask',
      { settlementId, unitId: 'barnehage', taskId: secondTaskId, [`comment-${secondTaskId}`]: 'Plass avklart med styrer' },
      (body) => assert.equal(body.statusCode, 200),
    );
    assert.equal((await taskStatus(secondTaskId)).comments.length, 1);
    await act(
      BARNEHAGE_MEMBER_ID,
      'commentTask',
      { settlementId, unitId: 'barnehage', taskId: secondTaskId, [`comment-${secondTaskId}`]: '' },
      (body) => assert.equal(body.statusCode, 400),
    );
    assert.equal((await taskStatus(secondTaskId)).comments.length, 1);
  });

  it('should announce open settlements in a channel when an admin binds it to an affected unit', async () => {
    const before = await harness.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlementId));
    assert.ok(!before.some((m) => m.unitId === 'grunnskole'), 'grunnskole had no channel when the settlement was registered');
    await act(ADMIN_ID, 'bindChannel', { unitId: 'grunnskole' }, (body) => assert.equal(body.statusCode, 200));
    const after = await harness.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlementId));
    assert.ok(after.some((m) => m.unitId === 'grunnskole' && m.topic.name === 'announcement' && m.conversationId === TEST_CHANNEL_ID));
  });

  it('should refresh the card for a viewer', async () => {
    await act(BARNEHAGE_MEMBER_ID, 'refreshSettlementCard', { settlementId, unitId: 'barnehage' }, (body) => {
      assert.equal(body.statusCode, 200);
      assert.match(JSON.stringify(body.value), /Ny bosetting – Barnehage/);
    });
  });

  const forged: ReadonlyArray<[string, string, string, Record<string, unknown>, number]> = [
    ["another unit's id in this channel", BARNEHAGE_MEMBER_ID, 'takeTask', { unitId: 'nav' }, 403],
    ['an unknown settlement (e.g. another tenant)', BARNEHAGE_MEMBER_ID, 'takeTask', { settlementId: randomUUID() }, 400],
    ['a wrong-typed settlement id', BARNEHAGE_MEMBER_ID, 'takeTask', { settlementId: 42 }, 400],
    ['a missing task id', BARNEHAGE_MEMBER_ID, 'takeTask', { taskId: undefined }, 400],
    ['an unknown task id', BARNEHAGE_MEMBER_ID, 'takeTask', { taskId: 'finnes-ikke' }, 400],
    ['a member of another unit', GRUNNSKOLE_MEMBER_ID, 'reopenTask', {}, 403],
    ['an unknown user', randomUUID(), 'reopenTask', {}, 403],
    ['an unknown verb', BARNEHAGE_MEMBER_ID, 'deleteTask', {}, 400],
  ];
  for (const [name, userId, verb, override, status] of forged) {
    it(`should refuse ${name} and change nothing`, async () => {
      const before = JSON.stringify(await harness.repositories.flows.listForSettlement(DEMO_TENANT_ID, settlementId));
      await act(userId, verb, { settlementId, unitId: 'barnehage', taskId, ...override }, (body) => {
        assert.equal(body.statusCode, status);
        assert.ok((body.value as { message: string }).message.length > 10);
      });
      assert.equal(JSON.stringify(await harness.repositories.flows.listForSettlement(DEMO_TENANT_ID, settlementId)), before);
    });
  }

  it('should never put a test person’s name or birth date in any reply or log line', () => {
    const everything = [...outgoing, ...harness.logger.lines].join('\n');
    for (const secret of sensitiveStrings(registration)) assert.ok(!everything.includes(secret), `leaked ${secret}`);
  });
});
