import type { CloudAdapter } from 'botbuilder';
import type { FeatureModule } from '../platform/feature-module.js';
import { startPeriodicJob } from '../platform/jobs/periodic-job.js';
import { createOutboxDispatcher } from '../platform/delivery/outbox-dispatcher.js';
import { TeamsChannelSender } from '../platform/delivery/teams-channel-sender.js';
import type { Logger } from '../platform/logging/logger.js';
import { combineOutboxRenderers } from './combine-outbox-renderers.js';
import type { Repositories } from './create-repositories.js';

/** Options for {@link startBackgroundWork}. */
export interface BackgroundWorkOptions {
  readonly adapter: CloudAdapter;
  readonly appId: string;
  readonly repositories: Repositories;
  /** The features whose outbox renderers and housekeeping run here. */
  readonly modules: readonly FeatureModule[];
  readonly logger: Logger;
  /**
   * How often the outbox is polled when nothing woke it (ms, default 15 s): a safety net for messages
   * queued by another instance and leases of a crashed one. What this process queues wakes it at once.
   */
  readonly outboxIntervalMs?: number;
  /** How often the features' housekeeping runs (ms). */
  readonly housekeepingIntervalMs?: number;
}

/** The outbox's idle poll: what this process queues wakes the dispatcher at once, so this only catches the rest. */
const DEFAULT_OUTBOX_POLL_MS = 15_000;

/** Starts the outbox dispatcher and the housekeeping job that runs every feature's per-tenant work. */
export function startBackgroundWork(options: BackgroundWorkOptions): { stop(): Promise<void> } {
  const { repositories, modules, logger } = options;
  const dispatcher = createOutboxDispatcher({
    outbox: repositories.outbox,
    conversations: repositories.conversations,
    sender: new TeamsChannelSender({ adapter: options.adapter, appId: options.appId, logger }),
    renderers: combineOutboxRenderers(modules),
    logger,
    signal: repositories.outboxSignal,
  });
  dispatcher.start(options.outboxIntervalMs ?? DEFAULT_OUTBOX_POLL_MS);
  const work = modules.flatMap((module) => module.housekeeping ?? []);
  const housekeeping = startPeriodicJob(
    'housekeeping',
    options.housekeepingIntervalMs ?? 15 * 60_000,
    async () => {
      for (const tenantId of await repositories.tenantDirectory.listTenantIds()) {
        for (const job of work) await job.run(tenantId);
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
