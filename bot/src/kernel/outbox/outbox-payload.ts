import type { OutboxMessage } from './outbox-message.js';

/** What is actually posted, rendered when the message is sent so it shows the current state. */
export type OutboxPayload =
  | { readonly kind: 'card'; readonly card: Readonly<Record<string, unknown>>; readonly summary: string }
  | { readonly kind: 'text'; readonly text: string }
  /** Nothing to send any more (e.g. an update whose original is not posted yet): mark superseded. */
  | { readonly kind: 'skip' };

/** Renders an outbox message's payload from the current state (the capability that owns its subject implements it). */
export type OutboxPayloadRenderer = (message: OutboxMessage) => Promise<OutboxPayload>;

/** One renderer per capability, keyed by the subject type it renders (e.g. `settlement`). */
export type OutboxPayloadRenderers = Readonly<Record<string, OutboxPayloadRenderer>>;
