import type { Logger } from '../../platform/logging/logger.js';
import { OutboxChannelAnnouncements } from './delivery/outbox-channel-announcements.js';
import type { SettlementServices } from './settlement-services.js';
import type { Repositories } from '../../app/create-repositories.js';

/** The settlement use cases' dependencies over the repositories, announcing through the persistent outbox. */
export function createSettlementServices(
  repositories: Repositories,
  logger: Logger,
  now: () => Date,
  newId: () => string,
): SettlementServices {
  return {
    ...repositories,
    announcements: new OutboxChannelAnnouncements(repositories.outbox, repositories.bindings, now),
    deliveries: repositories.outbox,
    logger,
    now,
    newId,
  };
}
