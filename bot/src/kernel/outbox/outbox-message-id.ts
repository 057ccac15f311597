import { createHash } from 'node:crypto';
import { DomainError } from '../domain-error.js';
import type { OutboxKind } from './outbox-message.js';

/** Longest id this function returns; leaves room for the storage layer's own prefix within Cosmos's 255. */
export const MAX_OUTBOX_MESSAGE_ID_LENGTH = 200;

/** Kept as they are; everything else becomes `~XX` per UTF-8 byte (so never `/ \ ? #`, `%`, `|` or `;`). */
const SAFE_CHARACTER = /^[A-Za-z0-9._:@=,+-]$/;
const SEPARATOR = ';';
/** Never produced by escaping (`~` is always followed by two hex digits), so a hashed id cannot clash. */
const HASH_MARKER = '~~';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UTF8 = new TextEncoder();

/**
 * The deterministic id of the outbox message for (settlement, unit, kind), e.g.
 * `s-1;barnehage;announcement`: enqueuing the same message twice finds the same id. Injective and
 * Cosmos-safe (the same escaping as the storage layer's `docId`, parts joined with `;`); an id
 * longer than {@link MAX_OUTBOX_MESSAGE_ID_LENGTH} becomes `<settlement part>;~~<sha256 hex>`.
 */
export function outboxMessageId(settlementId: string, unitId: string, kind: OutboxKind): string {
  const parts = [settlementId, unitId, kind].map((part, index) => {
    if (typeof part !== 'string' || part.length === 0 || LONE_SURROGATE.test(part)) {
      throw new DomainError('invalid-input', `Outbox message id part ${index} must be a non-empty, well-formed string.`);
    }
    return escapePart(part);
  });
  const id = parts.join(SEPARATOR);
  if (id.length <= MAX_OUTBOX_MESSAGE_ID_LENGTH) {
    return id;
  }
  const digest = createHash('sha256').update(id).digest('hex');
  return `${parts[0]!.slice(0, 64)}${SEPARATOR}${HASH_MARKER}${digest}`;
}

function escapePart(part: string): string {
  let result = '';
  for (const character of part) {
    if (SAFE_CHARACTER.test(character)) {
      result += character;
      continue;
    }
    for (const byte of UTF8.encode(character)) {
      result += `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return result;
}
