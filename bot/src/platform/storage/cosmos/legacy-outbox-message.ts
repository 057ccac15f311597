import type { OutboxMessage, OutboxTopic } from '../../../kernel/outbox/outbox-message.js';

/** Before outbox messages had subjects, every message was about a settlement. */
export const LEGACY_SUBJECT_TYPE = 'settlement';

/**
 * Finds old-shape messages of the subjects in `@subjectIds` (they have `settlementId`, no
 * `subject`); OR-ed into the subject query for {@link LEGACY_SUBJECT_TYPE} only.
 */
export const LEGACY_SUBJECT_CONDITION = 'NOT IS_DEFINED(c.data.subject) AND ARRAY_CONTAINS(@subjectIds, c.data.settlementId)';

/** An outbox message as stored before typed subjects: a settlement id and a kind string such as `edited:v2`. */
type LegacyOutboxMessage = Omit<OutboxMessage, 'subject' | 'topic'> & { readonly settlementId: string; readonly kind: string };

/**
 * Migrate-on-read: a stored message without `subject` (e.g. from an older local snapshot) becomes
 * `{ type: 'settlement', id: settlementId }` with its kind string mapped once to a topic. Its id
 * stays as stored (it is the document's key), so the next state change writes the new shape
 * under the same document.
 */
export function upgradeOutboxMessage(stored: OutboxMessage | LegacyOutboxMessage): OutboxMessage {
  if ('subject' in stored && stored.subject !== undefined) return stored;
  const { settlementId, kind, ...rest } = stored as LegacyOutboxMessage;
  return { ...rest, subject: { type: LEGACY_SUBJECT_TYPE, id: settlementId }, topic: legacyTopic(kind) };
}

/** The settlement kinds that were stored: `announcement`, `cancelled`, `card-update:<revision>`, `edited:v<n>`, `removed:v<n>`, `reminder:<date>`. */
function legacyTopic(kind: string): OutboxTopic {
  const versioned = /^(edited|removed):v(\d+)$/.exec(kind);
  if (versioned) return { name: versioned[1]!, version: Number(versioned[2]) };
  const revision = /^card-update:(.+)$/.exec(kind);
  if (revision) return { name: 'card-update', revision: revision[1]! };
  const reminder = /^reminder:(.+)$/.exec(kind);
  if (reminder) return { name: 'reminder', date: reminder[1]! };
  // Anything else keeps its whole kind as the name; a renderer that does not know it skips it.
  return { name: kind };
}
