import { createHash } from 'node:crypto';
import { DomainError } from './domain-error.js';

/** Cosmos DB allows ids of at most 255 characters; no key is longer. */
export const MAX_DOCUMENT_KEY_LENGTH = 255;

/** Characters kept as they are; everything else (including `/ \ ? #`, `|`, `~`, `%`) is escaped. */
const SAFE_CHARACTER = /^[A-Za-z0-9._:@=;,+-]$/;
const SEPARATOR = '|';
/** Never produced by escaping (`~` is always followed by two hex digits), so a hashed key cannot clash. */
const HASH_MARKER = '~~';
/** A UTF-16 surrogate without its pair; it has no UTF-8 encoding, so escaping could not stay injective. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UTF8 = new TextEncoder();

/**
 * The one key escaper: builds a deterministic, Cosmos-safe key from parts, e.g.
 * `documentKey('channel-binding', unitId)` or an outbox message id. Injective: different part
 * lists give different keys. Each part is escaped (`~XX` per UTF-8 byte for anything outside
 * `[A-Za-z0-9._:@=;,+-]`, so never `/ \ ? #` and never `%`, which some SDKs mangle in URLs) and
 * joined with `|`. A key longer than 255 characters becomes
 * `<first part, at most 64 characters>|~~<sha256 base64url of the full key>`.
 * DomainError('invalid-input') for no parts, an empty part or a lone surrogate.
 */
export function documentKey(...parts: readonly string[]): string {
  if (parts.length === 0) {
    throw new DomainError('invalid-input', 'A document key needs at least one part.');
  }
  const escaped = parts.map((part, index) => {
    if (typeof part !== 'string' || part.length === 0 || LONE_SURROGATE.test(part)) {
      throw new DomainError('invalid-input', `Document key part ${index} must be a non-empty, well-formed string.`);
    }
    return escapePart(part);
  });
  const key = escaped.join(SEPARATOR);
  if (key.length <= MAX_DOCUMENT_KEY_LENGTH) {
    return key;
  }
  const digest = createHash('sha256').update(key).digest('base64url');
  return `${escaped[0]!.slice(0, 64)}${SEPARATOR}${HASH_MARKER}${digest}`;
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
