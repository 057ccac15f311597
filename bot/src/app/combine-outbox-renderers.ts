import type { OutboxPayloadRenderer } from '../kernel/outbox/outbox-payload.js';
import type { FeatureModule } from '../platform/feature-module.js';

/**
 * One renderer over the features' renderers. Every outbox message is about a settlement today, so
 * messages go to the `settlement` renderer; a message no feature renders is skipped (superseded).
 */
export function combineOutboxRenderers(modules: readonly FeatureModule[]): OutboxPayloadRenderer {
  const renderers: Record<string, OutboxPayloadRenderer> = {};
  for (const module of modules) Object.assign(renderers, module.outboxRenderers ?? {});
  return async (message) => {
    const renderer = renderers.settlement;
    return renderer ? renderer(message) : { kind: 'skip' };
  };
}
