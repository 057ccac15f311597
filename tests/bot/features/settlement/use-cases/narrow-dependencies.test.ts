import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { OutboxChannelAnnouncements } from '../../../../../bot/src/features/settlement/delivery/outbox-channel-announcements.js';
import { settlementSubject } from '../../../../../bot/src/features/settlement/delivery/settlement-topic.js';
import { openSecureZone, type OpenSecureZoneDeps } from '../../../../../bot/src/features/settlement/use-cases/open-secure-zone.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { applyTaskAction, type ApplyTaskActionDeps } from '../../../../../bot/src/features/settlement/use-cases/task-action.js';
import { createSettlementHarness, DEMO, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';
import { TEST_PERSONS, testRegistration } from '../../../../support/settlements/test-household.js';

/** The dependencies as given, wrapped so the test sees which of them the use case reads. */
function watched<T extends object>(deps: T): { readonly deps: T; readonly read: Set<PropertyKey> } {
  const read = new Set<PropertyKey>();
  const proxy = new Proxy(deps, {
    get(target, key, receiver) {
      read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { deps: proxy, read };
}

describe('narrow use-case dependencies (embedded Cosmos DB)', () => {
  let h: SettlementHarness;
  let settlementId: string;
  beforeEach(async () => {
    h = await createSettlementHarness();
    const registered = await registerSettlement(h.services, await h.user(DEMO.coordinator), testRegistration(addDays(osloToday(), 14)));
    settlementId = registered.settlement.id;
  });
  afterEach(async () => {
    await h.dispose();
  });

  /** Exactly what openSecureZone declares, each a real repository; the literal's type forbids any extra field. */
  const secureZoneDeps = (): OpenSecureZoneDeps => ({
    settlements: h.repositories.settlements,
    personalData: h.repositories.personalData,
    audit: h.repositories.audit,
    now: () => new Date(),
    newId: randomUUID,
  });

  /** Exactly what applyTaskAction declares, announcing through the real outbox. */
  const taskActionDeps = (): ApplyTaskActionDeps => {
    const now = () => new Date();
    return {
      flows: h.repositories.flows,
      announcements: new OutboxChannelAnnouncements(h.repositories.outbox, h.repositories.bindings, now),
      users: h.repositories.users,
      now,
      newId: randomUUID,
    };
  };

  it('should open the secure zone when given only its declared dependencies, reading every one of them', async () => {
    const { deps, read } = watched(secureZoneDeps());
    const zone = await openSecureZone(deps, await h.user(DEMO.barnehage), { settlementId, unitId: 'barnehage' });
    const household = Object.values(TEST_PERSONS).map((p) => p.fullName) as string[];
    assert.ok(zone.persons.length > 0, 'the unit sees its relevant persons');
    assert.ok(zone.persons.every((p) => household.includes(p.fullName)));
    const audited = (await h.repositories.audit.list(DEMO_TENANT_ID)).filter((e) => e.action === 'personal-data.read');
    assert.equal(audited.length, 1, 'the read was audited through the narrow audit dependency');
    assert.deepEqual([...read].sort(), Object.keys(secureZoneDeps()).sort(), 'no declared dependency is superfluous on this path');
  });

  it('should take a task and refuse a second taker when given only its declared dependencies, reading every one of them', async () => {
    const { deps, read } = watched(taskActionDeps());
    const flow = (await h.repositories.flows.get(DEMO_TENANT_ID, settlementId, 'barnehage'))!.value;
    const target = { settlementId, unitId: 'barnehage', taskId: flow.tasks[0]!.taskId } as const;

    const taken = await applyTaskAction(deps, await h.user(DEMO.barnehage), { ...target, action: 'take' });
    assert.equal(taken.tasks[0]!.takenBy, DEMO.barnehage);
    const messages = await h.repositories.outbox.listForSubject(DEMO_TENANT_ID, settlementSubject(settlementId));
    assert.ok(
      messages.some((m) => m.unitId === 'barnehage' && m.topic.name === 'card-update'),
      'the card update is queued',
    );

    // The refusal names who has the task, through the `users` dependency.
    await assert.rejects(applyTaskAction(deps, await h.user(DEMO.admin), { ...target, action: 'take' }), (error: unknown) => {
      assert.ok(isDomainError(error, 'conflict'));
      assert.equal(error.userMessage, 'Oppgaven er allerede tatt av Berit Barnehage.');
      return true;
    });
    assert.deepEqual([...read].sort(), Object.keys(taskActionDeps()).sort(), 'no declared dependency is superfluous');
  });

  it('should not compile when a declared dependency is missing', () => {
    const actor = { id: DEMO.barnehage, tenantId: DEMO_TENANT_ID, displayName: 'Berit Barnehage', roles: [] };
    const { personalData: _names, ...withoutNames } = secureZoneDeps();
    const { users: _users, ...withoutUsers } = taskActionDeps();
    // Built, never called: the proof is the compile error each line must have.
    const calls = [
      // @ts-expect-error openSecureZone reads the names, so it needs `personalData`
      () => openSecureZone(withoutNames, actor, { settlementId, unitId: 'barnehage' }),
      // @ts-expect-error applyTaskAction's refusal names who has the task, so it needs `users`
      () => applyTaskAction(withoutUsers, actor, { settlementId, unitId: 'barnehage', taskId: 't', action: 'take' }),
    ];
    assert.equal(calls.length, 2);
  });
});
