import assert from 'node:assert/strict';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { docId, MAX_DOCUMENT_ID_LENGTH } from '../../../../../bot/src/platform/storage/cosmos/document-id.js';

describe('docId', () => {
  it('should keep readable parts as they are when they only use safe characters', () => {
    assert.equal(docId('channel-binding', 'barnehage'), 'channel-binding|barnehage');
    assert.equal(docId('conversation', '19:abc@thread.tacv2;messageid=1'), 'conversation|19:abc@thread.tacv2;messageid=1');
  });

  it('should never contain a character Cosmos forbids in ids, nor %, when parts contain them', () => {
    const id = docId('user', 'a/b\\c?d#e%f g\nø');
    assert.doesNotMatch(id, /[/\\?#%\s]/);
    assert.equal(id, 'user|a~2Fb~5Cc~3Fd~23e~25f~20g~0A~C3~B8');
  });

  it('should give different ids when the parts differ only in how they are split or escaped', () => {
    const ids = [docId('a', 'b|c'), docId('a', 'b', 'c'), docId('a|b', 'c'), docId('a', 'b~7Cc'), docId('a', '/'), docId('a', '~2F')];
    assert.equal(new Set(ids).size, ids.length);
  });

  it('should hash the id deterministically to at most 255 characters when the parts are long', () => {
    const long = 'x'.repeat(300);
    const id = docId('conversation', long);
    assert.ok(id.length <= MAX_DOCUMENT_ID_LENGTH);
    assert.ok(id.startsWith('conversation|~~'));
    assert.equal(docId('conversation', long), id);
    assert.notEqual(docId('conversation', `${long}y`), id);
  });

  it('should keep an id of exactly 255 characters unhashed', () => {
    const id = docId('t', 'x'.repeat(253));
    assert.equal(id.length, 255);
    assert.ok(!id.includes('~~'));
  });

  it('should throw invalid-input when there are no parts, an empty part or a lone surrogate', () => {
    for (const parts of [[], ['user', ''], ['user', '\uD800x']]) {
      assert.throws(
        () => docId(...parts),
        (error: unknown) => isDomainError(error, 'invalid-input'),
      );
    }
  });
});
