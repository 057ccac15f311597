/**
 * One-shot messages handed from one view to the next (e.g. the warnings after saving a
 * settlement, shown by the detail view). In memory only: a reload drops them.
 */
const pending = new Map<string, readonly string[]>();

/** Leaves messages for the view that shows `key`. */
export function putFlash(key: string, messages: readonly string[]): void {
  pending.set(key, messages);
}

/** Takes the messages left for `key` (once); empty when there are none. */
export function takeFlash(key: string): readonly string[] {
  const messages = pending.get(key) ?? [];
  pending.delete(key);
  return messages;
}
