import type { CloudAdapter } from 'botbuilder';
import { startPeriodicJob } from '../platform/jobs/periodic-job.js';
import { createOutboxDispatcher } from '../platform/delivery/outbox-dispatcher.js';
import { TeamsChannelSender } from '../platform/delivery/teams-channel-sender.js';
import type { Logger } from '../platform/logging/logger.js';
import { settlementOutboxRenderers } from '../features/settlement/delivery/render-announcement.js';
import { remindOverdueTasks } from '../features/settlement/use-cases/remind-overdue-tasks.js';
import { resumeUnitWork } from '../features/settlement/use-cases/resume-unit-work.js';
import type { TabLinkOptions } from '../features/settlement/use-cases/secure-zone-link.js';
import type { SettlementServices } from '../features/settlement/settlement-services.js';
import type { Repositories } from './create-repositories.js';

/** Options for {@link startBackgroundWork}. */
export interface BackgroundWorkOptions {
  readonly adapter: CloudAdapter;
  readonly appId: string;
  readonly repositories: Repositories;
  readonly settlementServices: SettlementServices;
  readonly links: TabLinkOptions;
  readonly logger: Logger;
  /** How often the outbox is polled (ms). */
  readonly outboxIntervalMs?: number;
  /** How often overdue reminders and interrupted registrations are checked (ms). */
  readonly housekeepingIntervalMs?: number;
}

/** Starts the outbox dispatcher and the housekeeping job (reminders, resuming interrupted registrations). */
export function startBackgroundWork(options: BackgroundWorkOptions): { stop(): Promise<void> } {
  const { repositories, settlementServices, logger } = options;
  const dispatcher = createOutboxDispatcher({
    outbox: repositories.outbox,
    conversations: repositories.conversations,
    sender: new TeamsChannelSender({ adapter: options.adapter, appId: options.appId, logger }),
    renderers: { ...settlementOutboxRenderers(settlementServices, options.links) },
    logger,
  });
  dispatcher.start(options.outboxIntervalMs ?? 1_000);
  const housekeeping = startPeriodicJob(
    'housekeeping',
    options.housekeepingIntervalMs ?? 15 * 60_000,
    async () => {
      for (const tenantId of await repositories.tenantDirectory.listTenantIds()) {
        await resumeUnitWork(settlementServices, tenantId);
        await remindOverdueTasks(settlementServices, tenantId);
      }
    },
    logger,
    5_000,
  );
  return {
    stop: async () => {
      await housekeeping.stop();
      await dispatcher.stop();
    },
  };
}
