import type { OutboxPayloadRenderer } from '../kernel/outbox/outbox-payload.js';
import type { OverviewSections } from './overview/overview-sections.js';
import type { ApiRoute } from './http/api-route.js';
import type { BotCommand } from './teams/bot-command.js';
import type { CardActionTable } from './teams/card-action-handler.js';

/** Work a feature wants done for every tenant now and then (reminders, resuming half-done work). */
export interface TenantHousekeeping {
  /** Stable name, for logs. */
  readonly name: string;
  readonly run: (tenantId: string) => Promise<unknown>;
}

/**
 * What one capability hands the composition root: its tab API routes, card verbs, bot commands,
 * outbox renderer and background work. The app wires these and nothing else of the feature.
 */
export interface FeatureModule {
  readonly name: string;
  readonly routes?: readonly ApiRoute[];
  readonly cardActions?: CardActionTable;
  readonly commands?: readonly BotCommand[];
  /** Renders the feature's outbox messages when they are sent, by the type of subject they are about. */
  readonly outboxRenderers?: Readonly<Record<string, OutboxPayloadRenderer>>;
  readonly housekeeping?: readonly TenantHousekeeping[];
  /** What the feature shows on the start page ("Oversikt"). */
  readonly overview?: readonly OverviewSections[];
}
