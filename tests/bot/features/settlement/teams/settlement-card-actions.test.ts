import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import sinon from 'sinon';
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

  it('should add a comment from the card input and refuse an empty one or one with a bidi override', async () => {
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
    await act(
      BARNEHAGE_MEMBER_ID,
      'commentTask',
      { settlementId, unitId: 'barnehage', taskId: secondTaskId, [`comment-${secondTaskId}`]: 'Plass \u202Eavklart' },
      (body) => {
        assert.equal(body.statusCode, 400);
        assert.equal(
          (body.value as { message: string }).message,
          'Kommentaren kan ikke inneholde kontrolltegn eller usynlige retningstegn.',
        );
      },
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
      assert.match(JSON.stringify(body.value), /Ny bosetting BOS-\d{4}-\d{3,} – Barnehage/);
    });
  });

  it('should say who took a task when two people race to take it', async () => {
    const raced = (await harness.repositories.flows.get(DEMO_TENANT_ID, settlementId, 'barnehage'))!.value.tasks[2]!.taskId;
    const bodies: InvokeBody[] = [];
    await Promise.all(
      [BARNEHAGE_MEMBER_ID, ADMIN_ID].map((userId) =>
        act(userId, 'takeTask', { settlementId, unitId: 'barnehage', taskId: raced }, (body) => bodies.push(body)),
      ),
    );
    assert.deepEqual(bodies.map((b) => b.statusCode).sort(), [200, 409]);
    const winner = (await taskStatus(raced)).takenBy;
    const name = winner === ADMIN_ID ? 'Ada Administrator' : 'Berit Barnehage';
    const refusal = bodies.find((b) => b.statusCode === 409)!;
    assert.equal((refusal.value as { message: string }).message, `Oppgaven er allerede tatt av ${name}.`);
  });

  it('should read the unit flow once for a refresh and once for a task action (the card uses the flow already read)', async () => {
    const reads = sinon.spy(harness.repositories.flows, 'get');
    try {
      await act(BARNEHAGE_MEMBER_ID, 'refreshSettlementCard', { settlementId, unitId: 'barnehage' }, (body) =>
        assert.equal(body.statusCode, 200),
      );
      assert.equal(reads.callCount, 1, 'refresh');
      reads.resetHistory();
      const text = { [`comment-${secondTaskId}`]: 'Avtalt tid for besøk.' };
      await act(BARNEHAGE_MEMBER_ID, 'commentTask', { settlementId, unitId: 'barnehage', taskId: secondTaskId, ...text }, (body) =>
        assert.equal(body.statusCode, 200),
      );
      assert.equal(reads.callCount, 1, 'comment');
    } finally {
      reads.restore();
    }
  });

  it('should refresh the card for a coordinator without task buttons when the coordinator does not work in the unit', async () => {
    await act(COORDINATOR_ID, 'refreshSettlementCard', { settlementId, unitId: 'barnehage' }, (body) => {
      assert.equal(body.statusCode, 200);
      const card = JSON.stringify(body.value);
      for (const verb of ['takeTask', 'completeTask', 'reopenTask', 'commentTask']) assert.ok(!card.includes(`"${verb}"`), verb);
    });
  });

  it('should offer "Frigi oppgaven" on a refresh to the one who took the task, and not to a colleague', async () => {
    const task = secondTaskId;
    if ((await taskStatus(task)).status !== 'open') return assert.fail('the second task must be open for this test');
    await act(BARNEHAGE_MEMBER_ID, 'takeTask', { settlementId, unitId: 'barnehage', taskId: task }, (body) =>
      assert.equal(body.statusCode, 200),
    );
    await act(BARNEHAGE_MEMBER_ID, 'refreshSettlementCard', { settlementId, unitId: 'barnehage' }, (body) =>
      assert.ok(JSON.stringify(body.value).includes('Frigi oppgaven')),
    );
    await act(ADMIN_ID, 'refreshSettlementCard', { settlementId, unitId: 'barnehage' }, (body) =>
      assert.ok(!JSON.stringify(body.value).includes('Frigi oppgaven')),
    );
    await act(BARNEHAGE_MEMBER_ID, 'reopenTask', { settlementId, unitId: 'barnehage', taskId: task }, (body) =>
      assert.equal(body.statusCode, 200),
    );
  });

  it('should refuse a card refresh in Norwegian for an unknown user or a member of another unit', async () => {
    for (const [userId, message] of [
      [randomUUID(), /ikke registrert som bruker/],
      [GRUNNSKOLE_MEMBER_ID, /bare se bosettinger som gjelder enhetene dine/],
    ] as const) {
      await act(userId, 'refreshSettlementCard', { settlementId, unitId: 'barnehage' }, (body) => {
        assert.equal(body.statusCode, 403);
        assert.equal(body.type, 'application/vnd.microsoft.error');
        assert.match((body.value as { message: string }).message, message);
      });
    }
  });

  it("should answer an unknown or another tenant's settlement id with a Norwegian 404, never an empty 501", async () => {
    const own = (await harness.repositories.settlements.get(DEMO_TENANT_ID, settlementId))!.value;
    const foreign = { ...own, id: randomUUID(), tenantId: 'ffffffff-0000-4000-8000-000000000000' };
    await harness.repositories.settlements.create(foreign);
    for (const id of [randomUUID(), foreign.id]) {
      await act(BARNEHAGE_MEMBER_ID, 'refreshSettlementCard', { settlementId: id, unitId: 'barnehage' }, (body) => {
        assert.equal(body.statusCode, 404);
        assert.match((body.value as { message: string }).message, /Fant ikke bosettingen/);
      });
    }
  });

  it('should refuse a card refresh for a settlement that does not affect the channel’s unit', async () => {
    const coordinator = (await harness.repositories.users.get(DEMO_TENANT_ID, COORDINATOR_ID))!;
    const adultsOnly = { ...registration, members: registration.members.filter((m) => m.role === 'adult'), note: undefined };
    const { settlement } = await registerSettlement(harness.settlementServices, coordinator, adultsOnly);
    assert.ok(!settlement.affectedUnitIds.includes('barnehage'));
    await act(BARNEHAGE_MEMBER_ID, 'refreshSettlementCard', { settlementId: settlement.id, unitId: 'barnehage' }, (body) => {
      assert.equal(body.statusCode, 403);
      assert.match((body.value as { message: string }).message, /gjelder ikke denne enheten/);
    });
  });

  const forged: ReadonlyArray<[string, string, string, Record<string, unknown>, number]> = [
    ["another unit's id in this channel", BARNEHAGE_MEMBER_ID, 'takeTask', { unitId: 'nav' }, 403],
    ['an unknown settlement (e.g. another tenant)', BARNEHAGE_MEMBER_ID, 'takeTask', { settlementId: randomUUID() }, 404],
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
