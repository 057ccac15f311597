import type { FeatureModule } from '../../platform/feature-module.js';
import type { ChannelDependencies } from './channel-dependencies.js';
import { unitsWithoutChannelSection } from './overview/units-without-channel-section.js';
import { bindChannelAction } from './teams/bind-channel-action.js';
import { bindChannelCommand } from './teams/bind-channel-command.js';
import { showChannelBindingAction } from './teams/show-channel-binding-action.js';

/** Binding Teams channels to the municipality's units: the «koble kanal» command and its card. */
export function createChannelsModule(deps: ChannelDependencies): FeatureModule {
  return {
    name: 'channels',
    commands: [bindChannelCommand(deps)],
    cardActions: {
      bindChannel: (action) => bindChannelAction(deps, action),
      showChannelBinding: (action) => showChannelBindingAction(deps, action),
    },
    overview: [unitsWithoutChannelSection(deps)],
  };
}
