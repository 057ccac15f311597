import assert from 'node:assert/strict';
import { DEFAULT_BACKOFF, mayRetry, retryDelayMs } from '../../../../bot/src/platform/delivery/backoff.js';

describe('retryDelayMs', () => {
  const low = { baseMs: 1_000, maxMs: 60_000, random: () => 0 };
  const high = { baseMs: 1_000, maxMs: 60_000, random: () => 0.999999 };

  it('should double the ceiling with each attempt when nothing caps it', () => {
    assert.deepEqual(
      [1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, undefined, high)),
      [1_000, 2_000, 4_000, 8_000],
    );
  });
  it('should keep the jittered delay between half the ceiling and the ceiling', () => {
    assert.equal(retryDelayMs(3, undefined, low), 2_000);
    assert.equal(retryDelayMs(3, undefined, high), 4_000);
    const middle = retryDelayMs(3, undefined, { ...low, random: () => 0.5 });
    assert.equal(middle, 3_000);
  });
  it('should stop growing at maxMs when the attempts are many', () => {
    assert.equal(retryDelayMs(20, undefined, high), 60_000);
    assert.equal(retryDelayMs(1_000, undefined, high), 60_000);
  });
  it('should never retry sooner than Retry-After when the server asked for a longer wait', () => {
    assert.equal(retryDelayMs(1, 30_000, high), 30_000);
  });
  it('should keep the backoff when Retry-After is shorter', () => {
    assert.equal(retryDelayMs(4, 1_000, low), 4_000);
  });
  it('should use 5 s as the first ceiling when no options are given', () => {
    const delay = retryDelayMs(1, undefined, { random: () => 0.999999 });
    assert.equal(delay, DEFAULT_BACKOFF.baseMs);
  });
});

describe('mayRetry', () => {
  it('should allow another attempt until the maximum is reached', () => {
    assert.equal(mayRetry(7), true);
    assert.equal(mayRetry(8), false);
    assert.equal(mayRetry(2, { maxAttempts: 3 }), true);
    assert.equal(mayRetry(3, { maxAttempts: 3 }), false);
  });
});
