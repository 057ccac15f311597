import type { OutboxMessage } from '../../kernel/outbox/outbox-message.js';
import type { OutboxPayloadRenderer, OutboxPayloadRenderers } from '../../kernel/outbox/outbox-payload.js';

/** `lastError` of a message whose subject type no capability renders; it is failed, never sent. */
export const NO_RENDERER = 'no-renderer';

/** The renderer for the message's subject type, or undefined (own properties only, so `toString` is no renderer). */
export function rendererFor(renderers: OutboxPayloadRenderers, message: OutboxMessage): OutboxPayloadRenderer | undefined {
  const type = message.subject?.type;
  return typeof type === 'string' && Object.hasOwn(renderers, type) ? renderers[type] : undefined;
}
