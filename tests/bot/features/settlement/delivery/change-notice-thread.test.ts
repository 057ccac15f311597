import assert from 'node:assert/strict';
import { DEMO_TENANT_ID } from '../../../../../bot/src/app/config.js';
import { OutboxChannelAnnouncements } from '../../../../../bot/src/features/settlement/delivery/outbox-channel-announcements.js';
import { settlementOutboxRenderers } from '../../../../../bot/src/features/settlement/delivery/render-announcement.js';
import { settlementSubject } from '../../../../../bot/src/features/settlement/delivery/settlement-topic.js';
import type { SettlementServices } from '../../../../../bot/src/features/settlement/settlement-services.js';
import { cancelSettlementUseCase } from '../../../../../bot/src/features/settlement/use-cases/cancel-settlement-use-case.js';
import { editSettlementUseCase } from '../../../../../bot/src/features/settlement/use-cases/edit-settlement-use-case.js';
import { registerSettlement } from '../../../../../bot/src/features/settlement/use-cases/register-settlement.js';
import { addDays, osloToday } from '../../../../../bot/src/kernel/dates/iso-date.js';
import { outboxMessageId } from '../../../../../bot/src/kernel/outbox/outbox-message-id.js';
import { startFakeConnector, type FakeConnector } from '../../../../support/fake-connector/fake-connector-server.js';
import { createSettlementHarness, DEMO, type SettlementHarness } from '../../../../support/settlements/settlement-harness.js';
import { testRegistration } from '../../../../support/settlements/test-household.js';
import { drain, ManualClock, newDispatcher, saveConversations } from '../../../platform/delivery/delivery-harness.js';

const NAV_CHANNEL = '19:nav@thread.tacv2';
const LINKS = { publicUrl: 'http://127.0.0.1:3978', teamsAppId: '' };

describe('Change notices in the announcement’s thread (settlement use cases, outbox, fake connector)', () => {
  let h: SettlementHarness;
  let connector: FakeConnector;
  let services: SettlementServices;
  let clock: ManualClock;
  const arrival = addDays(osloToday(), 14);

  before(async () => {
    connector = await startFakeConnector();
  });
  after(async () => connector.close());
  beforeEach(async () => {
    h = await createSettlementHarness();
    connector.reset();
    clock = new ManualClock(Date.now());
    services = { ...h.services, announcements: new OutboxChannelAnnouncements(h.repositories.outbox, h.repositories.bindings, clock.now) };
    await saveConversations(h.storage.containers, connector, DEMO_TENANT_ID, [NAV_CHANNEL]);
  });
  afterEach(async () => h.dispose());

  const deliverAll = async (settlementId: string): Promise<void> => {
    const { dispatcher, outbox } = newDispatcher({
      containers: h.storage.containers,
      clock,
      renderers: settlementOutboxRenderers(services, LINKS),
    });
    await drain(dispatcher, outbox, clock, DEMO_TENANT_ID, settlementSubject(settlementId));
  };
  const navRequests = () => connector.requests.filter((request) => request.conversationId.startsWith(NAV_CHANNEL));

  it('should post the edited and the cancelled notice to the announcement’s thread (<channel>;messageid=<announcement>)', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const registration = testRegistration(arrival);
    const { settlement } = await registerSettlement(services, coordinator, registration);
    await deliverAll(settlement.id);
    const [announcement] = navRequests();
    assert.equal(announcement?.conversationId, NAV_CHANNEL, 'the announcement starts a thread in the channel');
    const announcementId = announcement.responseId!;

    await editSettlementUseCase(services, coordinator, {
      settlementId: settlement.id,
      registration: { ...registration, arrivalDate: addDays(arrival, 1) },
      expectedVersion: 1,
    });
    await cancelSettlementUseCase(services, coordinator, { settlementId: settlement.id, expectedVersion: 2 });
    await deliverAll(settlement.id);

    const posts = navRequests().filter((request) => request.method === 'POST' && typeof request.activity['text'] === 'string');
    assert.deepEqual(
      posts.map((post) => [
        post.conversationId,
        /er endret/.test(String(post.activity['text'])),
        /er avlyst/.test(String(post.activity['text'])),
      ]),
      [
        [`${NAV_CHANNEL};messageid=${announcementId}`, true, false],
        [`${NAV_CHANNEL};messageid=${announcementId}`, false, true],
      ],
    );
  });

  it('should send no notice when the announcement was never posted (it shows the current state when it goes)', async () => {
    const coordinator = await h.user(DEMO.coordinator);
    const registration = testRegistration(arrival);
    const { settlement } = await registerSettlement(services, coordinator, registration);
    const announcementId = outboxMessageId(settlementSubject(settlement.id), 'nav', { name: 'announcement' });
    const stored = (await h.repositories.outbox.get(DEMO_TENANT_ID, announcementId))!;
    await h.repositories.outbox.markFailed(stored, 'http-403', clock.now());

    await editSettlementUseCase(services, coordinator, {
      settlementId: settlement.id,
      registration: { ...registration, arrivalDate: addDays(arrival, 1) },
      expectedVersion: 1,
    });
    await deliverAll(settlement.id);

    assert.equal(navRequests().length, 0);
    const notice = await h.repositories.outbox.get(
      DEMO_TENANT_ID,
      outboxMessageId(settlementSubject(settlement.id), 'nav', { name: 'edited', version: 2 }),
    );
    assert.deepEqual([notice?.value.operation, notice?.value.status], ['reply', 'superseded']);
  });
});
