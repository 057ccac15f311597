import assert from 'node:assert/strict';
import { documentKey, MAX_DOCUMENT_KEY_LENGTH } from '../../../bot/src/kernel/document-key.js';
import { outboxMessageId } from '../../../bot/src/kernel/outbox/outbox-message-id.js';
import { docId, MAX_DOCUMENT_ID_LENGTH } from '../../../bot/src/platform/storage/cosmos/document-id.js';

describe('documentKey', () => {
  it('should be the very function the storage layer’s docId is, with the same bound', () => {
    assert.equal(docId, documentKey);
    assert.equal(MAX_DOCUMENT_ID_LENGTH, MAX_DOCUMENT_KEY_LENGTH);
  });

  it('should build storage ids and outbox message ids by the same rules when both former escapers differed', () => {
    // The two former escapers disagreed on `;` (kept vs escaped), the separator (`|` vs `;`) and the hash (base64url vs hex).
    const parts = ['19:abc@thread.tacv2;messageid=1', 'nav', 'edited'] as const;
    assert.equal(outboxMessageId({ type: 'conversation', id: parts[0] }, parts[1], { name: parts[2] }), docId('conversation', ...parts));
    assert.equal(docId('conversation', ...parts), 'conversation|19:abc@thread.tacv2;messageid=1|nav|edited');
    const long = 'x'.repeat(300);
    assert.equal(outboxMessageId({ type: 't', id: long }, 'u', { name: 'n' }), docId('t', long, 'u', 'n'));
    assert.match(docId('t', long, 'u', 'n'), /^t\|~~[A-Za-z0-9_-]{43}$/);
  });

  it('should never produce a character Cosmos forbids, nor %, and stay injective when a key is nested in another', () => {
    const inner = documentKey('settlement', 'a|b', 'c');
    const outer = documentKey('outbox-message', inner);
    assert.doesNotMatch(outer, /[/\\?#%]/);
    assert.notEqual(outer, documentKey('outbox-message', documentKey('settlement', 'a', 'b|c')));
    assert.notEqual(outer, documentKey('outbox-message', 'settlement', 'a|b', 'c'));
  });
});
