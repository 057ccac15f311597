import assert from 'node:assert/strict';
import sinon from 'sinon';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import type { UnitFlow } from '../../../../../bot/src/features/settlement/domain/unit-flow.js';
import type { Versioned } from '../../../../../bot/src/kernel/versioned.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { applyTaskAction, type TaskActionInput } from '../../../../../bot/src/features/settlement/use-cases/task-action.js';
import { createSettlementHarness, DEMO, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';

describe('task actions under concurrency (embedded Cosmos DB)', () => {
  let h: SettlementHarness;
  let target: Omit<TaskActionInput, 'action'>;
  let otherTaskId: string;
  beforeEach(async () => {
    h = await createSettlementHarness();
    const { settlement } = await registerSettlement(h.services, await h.user(DEMO.coordinator), testRegistration(addDays(osloToday(), 14)));
    const flow = (await h.repositories.flows.get(DEMO_TENANT_ID, settlement.id, 'barnehage'))!.value;
    target = { settlementId: settlement.id, unitId: 'barnehage', taskId: flow.tasks[0]!.taskId };
    otherTaskId = flow.tasks[1]!.taskId;
  });
  afterEach(async () => {
    sinon.restore();
    await h.dispose();
  });

  const storedTask = async () =>
    (await h.repositories.flows.get(DEMO_TENANT_ID, target.settlementId, target.unitId))!.value.tasks.find(
      (t) => t.taskId === target.taskId,
    )!;

  /** Lets `competitor` write first whenever the action under test is about to replace the flow (once). */
  function raceOnce(competitor: () => Promise<unknown>): void {
    const replace = h.repositories.flows.replace.bind(h.repositories.flows);
    sinon.stub(h.repositories.flows, 'replace').callsFake(async (flow: UnitFlow, etag: string): Promise<Versioned<UnitFlow>> => {
      sinon.restore();
      await competitor();
      return replace(flow, etag);
    });
  }

  it('should land all of 20 concurrent comments on one task', async () => {
    const authors = [await h.user(DEMO.barnehage), await h.user(DEMO.admin)];
    const texts = Array.from({ length: 20 }, (_, i) => `Kommentar ${i + 1}`);
    await Promise.all(texts.map((text, i) => applyTaskAction(h.services, authors[i % 2]!, { ...target, action: 'comment', text })));
    const comments = (await storedTask()).comments;
    assert.equal(comments.length, 20);
    assert.deepEqual(comments.map((c) => c.text).sort(), [...texts].sort());
  });

  it('should refuse a take that lost the race, saying who took the task', async () => {
    const admin = await h.user(DEMO.admin);
    raceOnce(() => applyTaskAction(h.services, admin, { ...target, action: 'take' }));
    await assert.rejects(applyTaskAction(h.services, await h.user(DEMO.barnehage), { ...target, action: 'take' }), (error: unknown) => {
      assert.ok(isDomainError(error, 'conflict'));
      assert.equal(error.userMessage, 'Oppgaven er allerede tatt av Ada Administrator.');
      assert.ok(!error.message.includes('Ada'), 'the developer message (which may be logged) is name-free');
      return true;
    });
    assert.equal((await storedTask()).takenBy, DEMO.admin);
  });

  it('should refuse a completion when the task was taken by someone else during the race', async () => {
    const admin = await h.user(DEMO.admin);
    raceOnce(() => applyTaskAction(h.services, admin, { ...target, action: 'take' }));
    await assert.rejects(
      applyTaskAction(h.services, await h.user(DEMO.barnehage), { ...target, action: 'complete' }),
      (error: unknown) => isDomainError(error, 'conflict') && error.userMessage === 'Oppgaven er allerede tatt av Ada Administrator.',
    );
    assert.equal((await storedTask()).status, 'taken');
  });

  it('should take the task when the race was lost to a change of another task', async () => {
    const admin = await h.user(DEMO.admin);
    raceOnce(() => applyTaskAction(h.services, admin, { ...target, taskId: otherTaskId, action: 'comment', text: 'Samtidig' }));
    await applyTaskAction(h.services, await h.user(DEMO.barnehage), { ...target, action: 'take' });
    const flow = (await h.repositories.flows.get(DEMO_TENANT_ID, target.settlementId, target.unitId))!.value;
    assert.equal(flow.tasks[0]!.takenBy, DEMO.barnehage);
    assert.equal(flow.tasks[1]!.comments.length, 1, 'the competing comment is kept');
  });

  it('should refuse releasing a task someone else took, saying so plainly', async () => {
    await applyTaskAction(h.services, await h.user(DEMO.barnehage), { ...target, action: 'take' });
    await assert.rejects(
      applyTaskAction(h.services, await h.user(DEMO.admin), { ...target, action: 'reopen' }),
      (error: unknown) =>
        isDomainError(error, 'conflict') &&
        error.userMessage === 'Oppgaven er tatt av Berit Barnehage, og bare Berit Barnehage kan frigi den.',
    );
    assert.equal((await storedTask()).takenBy, DEMO.barnehage);
  });
});
