import type { OutboxPayloadRenderer } from '../kernel/outbox/outbox-payload.js';
import type { FeatureModule } from '../platform/feature-module.js';

/** The features' outbox renderers by subject type; a subject type claimed twice is a wiring mistake and throws at start. */
export function combineOutboxRenderers(modules: readonly FeatureModule[]): Readonly<Record<string, OutboxPayloadRenderer>> {
  const renderers: Record<string, OutboxPayloadRenderer> = {};
  for (const module of modules) {
    for (const [subjectType, renderer] of Object.entries(module.outboxRenderers ?? {})) {
      if (Object.hasOwn(renderers, subjectType)) throw new Error(`Outbox subject type ${subjectType} is rendered by two feature modules.`);
      renderers[subjectType] = renderer;
    }
  }
  return renderers;
}
