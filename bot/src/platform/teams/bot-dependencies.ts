import type { ChannelBindingRepository } from '../../kernel/channels/channel-binding-repository.js';
import type { ConversationRepository } from '../../kernel/channels/conversation-repository.js';
import type { WelcomeMarkerRepository } from '../../kernel/channels/welcome-marker-repository.js';
import type { TenantRepository } from '../../kernel/tenants/tenant-repository.js';
import type { UnitRepository } from '../../kernel/units/unit-repository.js';
import type { UserRepository } from '../../kernel/users/user-repository.js';
import type { Logger } from '../logging/logger.js';
import type { BotCommand } from './bot-command.js';
import type { CardActionTable } from './card-action-handler.js';

/** Everything the bot needs, passed in by the composition root; features come in as verbs and commands. */
export interface BotDependencies {
  readonly tenants: TenantRepository;
  readonly users: UserRepository;
  readonly conversations: ConversationRepository;
  /** One welcome card per conversation, however many install events arrive. */
  readonly welcomeMarkers: WelcomeMarkerRepository;
  /** To tell a channel that is already bound which unit it belongs to (cached list). */
  readonly bindings: Pick<ChannelBindingRepository, 'list'>;
  readonly units: Pick<UnitRepository, 'get'>;
  readonly logger: Logger;
  /** Absolute URL of the tab, for links in cards. */
  readonly tabUrl: string;
  /** Current time; injectable for tests. */
  readonly now: () => Date;
  /** Every `Action.Execute` verb the features handle. */
  readonly cardActions: CardActionTable;
  /** The features' text commands (help is the bot's own). */
  readonly commands: readonly BotCommand[];
}
