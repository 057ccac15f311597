import { documentKey, MAX_DOCUMENT_KEY_LENGTH } from '../../../kernel/document-key.js';

/** Cosmos DB allows ids of at most 255 characters. */
export const MAX_DOCUMENT_ID_LENGTH = MAX_DOCUMENT_KEY_LENGTH;

/**
 * The Cosmos document id from its parts, e.g. `docId('channel-binding', unitId)`: the kernel's
 * one key escaper, {@link documentKey} itself (not a copy), so storage ids and outbox message
 * ids follow the same rules.
 */
export const docId: (...parts: readonly string[]) => string = documentKey;
