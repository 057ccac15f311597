import { createHash } from 'node:crypto';
import { DomainError } from '../../../kernel/domain-error.js';

/** Cosmos DB allows ids of at most 255 characters. */
export const MAX_DOCUMENT_ID_LENGTH = 255;

/** Characters kept as they are; everything else (including `/ \ ? #`, `|`, `~`, `%`) is escaped. */
const SAFE_CHARACTER = /^[A-Za-z0-9._:@=;,+-]$/;
const SEPARATOR = '|';
/** Never produced by escaping (`~` is always followed by two hex digits), so a hashed id cannot clash. */
const HASH_MARKER = '~~';
/** A UTF-16 surrogate without its pair; it has no UTF-8 encoding, so escaping could not stay injective. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The one way to build a Cosmos document id from parts, e.g. `docId('channel-binding', unitId)`.
 * Injective: different part lists give different ids. Each part is escaped (`~XX` per UTF-8 byte
 * for anything outside `[A-Za-z0-9._:@=;,+-]`, so never `/ \ ? #` and never `%`, which some SDKs
 * mangle in URLs) and joined with `|`. An id longer than 255 characters becomes
 * `<first part>|~~<sha256 base64url of the full id>`.
 */
export function docId(...parts: readonly string[]): string {
  if (parts.length === 0) {
    throw new DomainError('invalid-input', 'A document id needs at least one part.');
  }
  const escaped = parts.map((part, index) => {
    if (typeof part !== 'string' || part.length === 0 || LONE_SURROGATE.test(part)) {
      throw new DomainError('invalid-input', `Document id part ${index} must be a non-empty, well-formed string.`);
    }
    return escapePart(part);
  });
  const id = escaped.join(SEPARATOR);
  if (id.length <= MAX_DOCUMENT_ID_LENGTH) {
    return id;
  }
  const digest = createHash('sha256').update(id).digest('base64url');
  return `${escaped[0]!.slice(0, 64)}${SEPARATOR}${HASH_MARKER}${digest}`;
}

function escapePart(part: string): string {
  let result = '';
  for (const character of part) {
    result += SAFE_CHARACTER.test(character) ? character : escapeCharacter(character);
  }
  return result;
}

function escapeCharacter(character: string): string {
  const bytes = Buffer.from(character, 'utf8');
  let result = '';
  for (const byte of bytes) {
    result += `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return result;
}
