import { TEAMS_LIMITS, type ConnectorWindow } from '../../tests/support/fake-connector/limit-enforcing-connector.js';

/*
 * The limits the bench judges by are the ones its Teams stand-in enforces (written out there on
 * purpose, independent of the bot's own pacing constants), so "least time" and "violations" here
 * mean the same as the stand-in's 429s.
 */

/** The least time from first to last message the limits allow for `count` messages in one window family. */
const leastSpan = (count: number, windows: readonly ConnectorWindow[]): number =>
  Math.max(0, ...windows.map((w) => Math.floor((count - 1) / w.max) * w.windowMs));

/** The least first-to-last time the limits allow for these messages per conversation (all in one tenant). */
export function minimumSpanMs(perConversation: readonly number[]): number {
  const total = perConversation.reduce((sum, n) => sum + n, 0);
  return Math.max(leastSpan(total, TEAMS_LIMITS.tenant), ...perConversation.map((n) => leastSpan(n, TEAMS_LIMITS.conversation)));
}

/** How many sends broke a limit: a send is a violation when a window ending at it holds more than the limit. */
export function limitViolations(sends: readonly { readonly conversationId: string; readonly at: number }[]): number {
  const over = (times: number[], windows: readonly ConnectorWindow[]) =>
    times.filter((at, i) => windows.some((w) => times.slice(0, i + 1).filter((t) => t > at - w.windowMs).length > w.max)).length;
  const sorted = [...sends].sort((a, b) => a.at - b.at);
  const byConversation = new Map<string, number[]>();
  for (const send of sorted) byConversation.set(send.conversationId, [...(byConversation.get(send.conversationId) ?? []), send.at]);
  const perConversation = [...byConversation.values()].reduce((sum, times) => sum + over(times, TEAMS_LIMITS.conversation), 0);
  return (
    perConversation +
    over(
      sorted.map((s) => s.at),
      TEAMS_LIMITS.tenant,
    )
  );
}
