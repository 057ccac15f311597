import { createHash } from 'node:crypto';

/**
 * A name-based UUID (RFC 9562 version 8, SHA-256) of the parts: the same parts always give the
 * same id, different part lists different ids. Used where a retry must hit the same document
 * (a settlement from its idempotency key, the audit entry of an operation).
 */
export function nameBasedId(...parts: readonly string[]): string {
  // JSON of the list keeps the encoding injective: ['a|b'] and ['a', 'b'] differ.
  const bytes = createHash('sha256').update(JSON.stringify(parts)).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
