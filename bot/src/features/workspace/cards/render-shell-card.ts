import template from './templates/shell.json' with { type: 'json' };
import type { ChannelBinding } from '../../../kernel/channels/channel-binding.js';
import type { Unit } from '../../../kernel/units/unit.js';
import { expandCard, type AdaptiveCardJson } from '../../../platform/cards/expand-card.js';

/** What the tab's start card shows. */
export interface ShellCardData {
  readonly tenantName: string;
  readonly units: readonly Unit[];
  readonly bindings: readonly ChannelBinding[];
}

/** The tab's start card: the tenant and every unit with the channel it is bound to (or a warning). */
export function renderShellCard(data: ShellCardData): AdaptiveCardJson {
  const units = data.units.map((unit) => {
    const binding = data.bindings.find((b) => b.unitId === unit.id);
    const channel = binding ? [binding.teamName, binding.channelName ?? 'kanal'].filter(Boolean).join(' › ') : 'Ikke koblet';
    return { name: unit.name, channel };
  });
  return expandCard(template, {
    tenantName: data.tenantName,
    units,
    unboundCount: units.filter((u) => u.channel === 'Ikke koblet').length,
  });
}
