import type { OutboxRepository } from '../../kernel/outbox/outbox-repository.js';
import { OutboxChannelAnnouncements } from './delivery/outbox-channel-announcements.js';
import type { SettlementServices } from './settlement-services.js';

/** The repositories the settlement feature works with, the outbox among them. */
export type SettlementRepositories = Omit<SettlementServices, 'announcements' | 'deliveries' | 'now' | 'newId'> & {
  readonly outbox: OutboxRepository;
};

/** The settlement use cases' dependencies over the repositories, announcing through the persistent outbox. */
export function createSettlementServices(repositories: SettlementRepositories, now: () => Date, newId: () => string): SettlementServices {
  return {
    ...repositories,
    announcements: new OutboxChannelAnnouncements(repositories.outbox, repositories.bindings, now),
    deliveries: repositories.outbox,
    now,
    newId,
  };
}
