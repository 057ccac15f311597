import assert from 'node:assert/strict';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, parseRetryAfterMs } from '../../../../bot/src/platform/delivery/retry-after.js';

const NOW = new Date('2026-11-24T10:00:00.000Z');

describe('parseRetryAfter', () => {
  it('should read delay-seconds as milliseconds when the value is a number of seconds', () => {
    assert.equal(parseRetryAfter('1', NOW), 1_000);
    assert.equal(parseRetryAfter(' 120 ', NOW), 120_000);
    assert.equal(parseRetryAfter('0', NOW), 0);
  });
  it('should round fractional seconds up when the value has decimals', () => {
    assert.equal(parseRetryAfter('1.5', NOW), 1_500);
    assert.equal(parseRetryAfter('0.0001', NOW), 1);
  });
  it('should measure an HTTP date from now when the value is a date', () => {
    assert.equal(parseRetryAfter('Tue, 24 Nov 2026 10:00:30 GMT', NOW), 30_000);
  });
  it('should give 0 when the HTTP date has passed', () => {
    assert.equal(parseRetryAfter('Tue, 24 Nov 2026 09:59:00 GMT', NOW), 0);
  });
  it('should give undefined when the header is absent, empty or unreadable', () => {
    assert.equal(parseRetryAfter(undefined, NOW), undefined);
    assert.equal(parseRetryAfter(null, NOW), undefined);
    assert.equal(parseRetryAfter('', NOW), undefined);
    assert.equal(parseRetryAfter('soon', NOW), undefined);
    assert.equal(parseRetryAfter('-5', NOW), undefined);
    assert.equal(parseRetryAfter('2026', NOW), 2_026_000);
  });
  it('should cap the wait at a day when the server asks for longer', () => {
    assert.equal(parseRetryAfter('9999999', NOW), MAX_RETRY_AFTER_MS);
    assert.equal(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', NOW), MAX_RETRY_AFTER_MS);
  });
});

describe('parseRetryAfterMs', () => {
  it('should read milliseconds when the value is a number', () => {
    assert.equal(parseRetryAfterMs('250'), 250);
  });
  it('should give undefined when the value is not a number', () => {
    assert.equal(parseRetryAfterMs('Tue, 24 Nov 2026 10:00:30 GMT'), undefined);
    assert.equal(parseRetryAfterMs(undefined), undefined);
  });
});
