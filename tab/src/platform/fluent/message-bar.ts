import { el, type Child } from '../dom.js';

/** The intents of a Fluent message bar. */
export type MessageIntent = 'info' | 'success' | 'warning' | 'error';

/** A Fluent message bar (the error alert, flash messages after saving, notices). */
export function messageBar(intent: MessageIntent, ...content: Child[]): HTMLElement {
  return el('fluent-message-bar', { intent, layout: 'multiline' }, ...content);
}
