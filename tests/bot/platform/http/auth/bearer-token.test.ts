import assert from 'node:assert/strict';
import { isDomainError } from '../../../../../bot/src/kernel/domain-error.js';
import { readBearerToken } from '../../../../../bot/src/platform/http/auth/bearer-token.js';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJvaWQiOiJ4In0.c2ln-_';

function assertUnauthenticated(header: string | undefined): void {
  assert.throws(
    () => readBearerToken(header),
    (error: unknown) => isDomainError(error, 'unauthenticated') && !error.message.includes('eyJ'),
  );
}

describe('readBearerToken', () => {
  it('should return the token when the header is a Bearer header', () => {
    assert.equal(readBearerToken(`Bearer ${TOKEN}`), TOKEN);
  });

  it('should return the token when the scheme is in another case', () => {
    assert.equal(readBearerToken(`bearer ${TOKEN}`), TOKEN);
  });

  it('should return the token when it ends in base64 padding', () => {
    assert.equal(readBearerToken('Bearer abc=='), 'abc==');
  });

  it('should refuse when the header is missing', () => {
    assertUnauthenticated(undefined);
  });

  it('should refuse when the header is empty', () => {
    assertUnauthenticated('   ');
  });

  it('should refuse when the scheme is not Bearer', () => {
    assertUnauthenticated(`Basic ${TOKEN}`);
  });

  it('should refuse when the token is missing', () => {
    assertUnauthenticated('Bearer ');
  });

  it('should refuse when the header holds more than one token', () => {
    assertUnauthenticated(`Bearer ${TOKEN} ${TOKEN}`);
  });

  it('should refuse when the token holds characters outside token68', () => {
    assertUnauthenticated(`Bearer ${TOKEN}"`);
  });
});
