import type { FeatureModule } from '../platform/feature-module.js';
import { combineCardActions } from '../platform/teams/card-action-router.js';
import type { BotDependencies } from '../platform/teams/bot-dependencies.js';
import { IntroteamBot } from '../platform/teams/introteam-bot.js';

/** The bot with every feature's card verbs and commands. */
export function createIntroteamBot(
  deps: Omit<BotDependencies, 'cardActions' | 'commands'>,
  modules: readonly FeatureModule[],
): IntroteamBot {
  return new IntroteamBot({
    ...deps,
    cardActions: combineCardActions(modules.flatMap((module) => (module.cardActions ? [module.cardActions] : []))),
    commands: modules.flatMap((module) => module.commands ?? []),
  });
}
