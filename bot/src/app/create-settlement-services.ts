import type { Logger } from '../logging/logger.js';
import { OutboxChannelAnnouncements } from '../settlements/outbox-channel-announcements.js';
import type { SettlementServices } from '../settlements/settlement-services.js';
import type { Repositories } from './create-repositories.js';

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
