import template from './templates/bind-channel.json' with { type: 'json' };
import type { ChannelBinding } from '../../../kernel/channels/channel-binding.js';
import type { Unit } from '../../../kernel/units/unit.js';
import { expandCard, type AdaptiveCardJson } from '../../../platform/cards/expand-card.js';
import { formatOsloTime } from '../../../kernel/dates/format-oslo-time.js';

/** What the bind-channel card shows. */
export interface BindChannelCardData {
  readonly units: readonly Unit[];
  readonly binding?: ChannelBinding;
  /** Whether the viewer may bind (admin). */
  readonly canBind: boolean;
  /** A Norwegian notice to show, e.g. a validation error. */
  readonly message?: string;
}

/** The card an admin uses to bind a channel to a unit; after binding it shows the binding in place. */
export function renderBindChannelCard(data: BindChannelCardData): AdaptiveCardJson {
  const bound = data.binding ? data.units.find((u) => u.id === data.binding?.unitId) : undefined;
  return expandCard(template, {
    units: data.units.map((u) => ({ id: u.id, name: u.name })),
    canBind: data.canBind,
    boundUnitName: bound?.name ?? '',
    boundAt: data.binding ? formatOsloTime(data.binding.boundAt) : '',
    selectedUnitId: data.binding?.unitId ?? '',
    message: data.message ?? '',
  });
}
