import { randomUUID } from 'node:crypto';
import type { OutboxSubject } from '../../../../bot/src/kernel/outbox/outbox-message.js';
import { createTestStorage, type TestStorage } from '../../../support/cosmos/test-cosmos.js';
import { startFakeConnector, type FakeConnector } from '../../../support/fake-connector/fake-connector-server.js';
import { ManualClock, T0, saveConversations, subjectOf } from './delivery-harness.js';

/** What each delivery test starts from: a fake connector, fresh storage, a clock, a tenant and a subject. */
export interface DeliveryFixture {
  readonly connector: FakeConnector;
  readonly storage: TestStorage;
  readonly clock: ManualClock;
  readonly tenantId: string;
  readonly subject: OutboxSubject;
}

/**
 * Registers the mocha hooks every delivery suite needs (one fake connector per suite; fresh storage,
 * clock, tenant and subject per test, with the given channels' conversations saved) and returns the
 * current values. Call it first in the `describe`, so its `beforeEach` runs before the suite's own.
 */
export function useDeliveryFixture(channels: readonly string[]): DeliveryFixture {
  const current: { -readonly [K in keyof DeliveryFixture]?: DeliveryFixture[K] } = {};
  before(async () => {
    current.connector = await startFakeConnector();
  });
  after(async () => {
    await current.connector?.close();
  });
  beforeEach(async () => {
    current.connector!.reset();
    current.storage = await createTestStorage();
    current.clock = new ManualClock(T0);
    current.tenantId = randomUUID();
    current.subject = subjectOf(randomUUID());
    await saveConversations(current.storage.containers, current.connector!, current.tenantId, channels);
  });
  afterEach(async () => {
    await current.storage?.dispose();
  });
  return current as DeliveryFixture;
}
