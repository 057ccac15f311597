import assert from 'node:assert/strict';
import { chooseContentEncoding, type ContentEncoding } from '../../../../../bot/src/platform/http/tab/content-encoding.js';

const ALL = new Set<ContentEncoding>(['br', 'gzip', 'identity']);

describe('chooseContentEncoding', () => {
  it('should prefer Brotli over gzip when the browser accepts both', () => {
    assert.equal(chooseContentEncoding('gzip, deflate, br, zstd', ALL), 'br');
  });

  it('should send gzip when Brotli is not accepted or has no copy', () => {
    assert.equal(chooseContentEncoding('gzip, deflate', ALL), 'gzip');
    assert.equal(chooseContentEncoding('br, gzip', new Set<ContentEncoding>(['gzip', 'identity'])), 'gzip');
  });

  it('should send the file itself when the request accepts no compression or there is no copy', () => {
    assert.equal(chooseContentEncoding(undefined, ALL), 'identity');
    assert.equal(chooseContentEncoding('', ALL), 'identity');
    assert.equal(chooseContentEncoding('deflate', ALL), 'identity');
    assert.equal(chooseContentEncoding('br', new Set<ContentEncoding>(['identity'])), 'identity');
  });

  it('should honour q-values, including q=0 as a refusal', () => {
    assert.equal(chooseContentEncoding('br;q=0.5, gzip;q=0.9', ALL), 'gzip');
    assert.equal(chooseContentEncoding('br;q=0, gzip', ALL), 'gzip');
    assert.equal(chooseContentEncoding('*;q=0.8, br;q=0', ALL), 'gzip');
  });

  it('should give nothing when every available form is refused', () => {
    assert.equal(chooseContentEncoding('identity;q=0', new Set<ContentEncoding>(['identity'])), undefined);
    assert.equal(chooseContentEncoding('*;q=0', new Set<ContentEncoding>(['identity'])), undefined);
  });

  it('should read x-gzip as gzip and ignore case and spaces', () => {
    assert.equal(chooseContentEncoding('X-GZIP', new Set<ContentEncoding>(['gzip', 'identity'])), 'gzip');
    assert.equal(chooseContentEncoding('  BR ; Q=1 ', ALL), 'br');
  });
});
