/** What is actually posted, rendered when the message is sent so it shows the current state. */
export type OutboxPayload =
  | { readonly kind: 'card'; readonly card: Readonly<Record<string, unknown>>; readonly summary: string }
  | { readonly kind: 'text'; readonly text: string }
  /** Nothing to send any more (e.g. an update whose original is not posted yet): mark superseded. */
  | { readonly kind: 'skip' };

/** Renders an outbox message's payload from the current state (the application layer implements it). */
export type OutboxPayloadRenderer = (message: import('./outbox-message.js').OutboxMessage) => Promise<OutboxPayload>;
