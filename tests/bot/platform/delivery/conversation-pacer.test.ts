import assert from 'node:assert/strict';
import { ConversationPacer } from '../../../../bot/src/platform/delivery/conversation-pacer.js';
import { TEAMS_CONVERSATION_LIMITS } from '../../../../bot/src/platform/delivery/teams-rate-limits.js';

const T0 = 1_000_000;

function sendAll(pacer: ConversationPacer, conversation: string, times: readonly number[]): void {
  for (const time of times) pacer.record(conversation, time);
}

describe('ConversationPacer', () => {
  it('should allow 7 messages within a second and hold the 8th until the first slides out', () => {
    const pacer = new ConversationPacer([{ windowMs: 1_000, max: 7 }]);
    sendAll(pacer, 'c', [T0, T0 + 10, T0 + 20, T0 + 30, T0 + 40, T0 + 50, T0 + 60]);
    assert.equal(pacer.nextSlot('c', T0 + 100), T0 + 1_000);
    assert.equal(pacer.nextSlot('c', T0 + 1_000), T0 + 1_000);
  });
  it('should pace each conversation on its own', () => {
    const pacer = new ConversationPacer([{ windowMs: 1_000, max: 1 }]);
    pacer.record('a', T0);
    assert.equal(pacer.nextSlot('a', T0 + 1), T0 + 1_000);
    assert.equal(pacer.nextSlot('b', T0 + 1), T0 + 1);
  });
  it('should apply the strictest window when Teams limits 8 messages per 2 seconds', () => {
    const pacer = new ConversationPacer(TEAMS_CONVERSATION_LIMITS);
    const burst = Array.from({ length: 7 }, (_, index) => T0 + index);
    sendAll(pacer, 'c', burst);
    // 7 in the first second; one more fits once the second begins, then 8 per 2 s holds the 9th.
    assert.equal(pacer.nextSlot('c', T0 + 10), T0 + 1_000);
    pacer.record('c', T0 + 1_000);
    assert.equal(pacer.nextSlot('c', T0 + 1_001), T0 + 2_000);
  });
  it('should hold a conversation at 60 messages per 30 seconds when sends are spread out', () => {
    const pacer = new ConversationPacer(TEAMS_CONVERSATION_LIMITS);
    sendAll(
      pacer,
      'c',
      Array.from({ length: 60 }, (_, index) => T0 + index * 400),
    );
    const now = T0 + 59 * 400 + 1;
    assert.equal(pacer.nextSlot('c', now), T0 + 30_000);
  });
  it('should hold a conversation until a 429 said when it was blocked', () => {
    const pacer = new ConversationPacer();
    pacer.block('c', T0 + 5_000);
    assert.equal(pacer.nextSlot('c', T0), T0 + 5_000);
    assert.equal(pacer.nextSlot('c', T0 + 5_000), T0 + 5_000);
    assert.equal(pacer.nextSlot('c', T0 + 6_000), T0 + 6_000);
  });
  it('should forget history older than the longest window when swept', () => {
    const pacer = new ConversationPacer([{ windowMs: 1_000, max: 1 }]);
    pacer.record('c', T0);
    pacer.sweep(T0 + 5_000);
    assert.equal(pacer.nextSlot('c', T0 + 5_000), T0 + 5_000);
  });
  it('should refuse a window without room when configured', () => {
    assert.throws(() => new ConversationPacer([{ windowMs: 1_000, max: 0 }]), RangeError);
  });
});
