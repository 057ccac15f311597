import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import {
  createAnnouncementRenderer,
  settlementOutboxRenderers,
} from '../../../../../bot/src/features/settlement/delivery/render-announcement.js';
import { settlementSubject } from '../../../../../bot/src/features/settlement/delivery/settlement-topic.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { newOutboxMessage } from '../../../../../bot/src/kernel/outbox/new-outbox-message.js';
import type { OutboxSubject, OutboxTopic } from '../../../../../bot/src/kernel/outbox/outbox-message.js';
import type { OutboxPayloadRenderer } from '../../../../../bot/src/kernel/outbox/outbox-payload.js';
import { createSettlementHarness, DEMO, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';
import { sensitiveStrings, testRegistration } from '../../../../support/settlements/test-household.js';

const links = { publicUrl: 'http://127.0.0.1:3978', teamsAppId: '' };

describe('the settlement outbox renderer', () => {
  let h: SettlementHarness;
  let render: OutboxPayloadRenderer;
  let settlementId: string;
  const arrival = addDays(osloToday(), 14);
  const registration = testRegistration(arrival);

  const messageAbout = (subject: OutboxSubject, topic: OutboxTopic, unitId = 'barnehage') =>
    newOutboxMessage({ tenantId: DEMO_TENANT_ID, subject, unitId, topic, conversationId: `19:${unitId}@thread.tacv2`, now: new Date() });

  beforeEach(async () => {
    h = await createSettlementHarness();
    render = createAnnouncementRenderer(h.services, links);
    settlementId = (await registerSettlement(h.services, await h.user(DEMO.coordinator), registration)).settlement.id;
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('should be handed to the dispatcher under the subject type settlement only', () => {
    assert.deepEqual(Object.keys(settlementOutboxRenderers(h.services, links)), ['settlement']);
  });

  it('should render each settlement topic from its data, name-free, when the settlement exists', async () => {
    const subject = settlementSubject(settlementId);
    const announcement = await render(messageAbout(subject, { name: 'announcement' }));
    const cardUpdate = await render(messageAbout(subject, { name: 'card-update', revision: 'v2' }));
    assert.deepEqual([announcement.kind, cardUpdate.kind], ['card', 'card']);
    const texts: [OutboxTopic, RegExp][] = [
      [{ name: 'edited', version: 2 }, /er endret/],
      [{ name: 'cancelled' }, /er avlyst/],
      [{ name: 'removed', version: 2 }, /gjelder ikke lenger denne enheten/],
    ];
    for (const [topic, expected] of texts) {
      const payload = await render(messageAbout(subject, topic));
      assert.ok(payload.kind === 'text' && expected.test(payload.text), `${topic.name}: ${JSON.stringify(payload)}`);
    }
    const everything = JSON.stringify([announcement, cardUpdate]);
    for (const secret of sensitiveStrings(registration)) assert.ok(!everything.includes(secret), `a payload leaks ${secret}`);
  });

  it('should skip a reminder when no task is overdue any more', async () => {
    assert.deepEqual(await render(messageAbout(settlementSubject(settlementId), { name: 'reminder', date: osloToday() })), {
      kind: 'skip',
    });
  });

  it('should skip a topic it does not know or whose fields have the wrong type, and an unknown settlement', async () => {
    const subject = settlementSubject(settlementId);
    assert.deepEqual(await render(messageAbout(subject, { name: 'agenda' })), { kind: 'skip' });
    assert.deepEqual(await render(messageAbout(subject, { name: 'edited', version: 'v2' })), { kind: 'skip' });
    assert.deepEqual(await render(messageAbout(settlementSubject(randomUUID()), { name: 'announcement' })), { kind: 'skip' });
    assert.deepEqual(await render(messageAbout({ type: 'meeting', id: settlementId }, { name: 'announcement' })), { kind: 'skip' });
  });
});
