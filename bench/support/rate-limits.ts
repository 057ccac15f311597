/** Teams' limits for a bot: per conversation, and per app per tenant (sliding windows). */
export const TEAMS_LIMITS = {
  perConversation: [
    { messages: 7, windowMs: 1_000 },
    { messages: 8, windowMs: 2_000 },
    { messages: 60, windowMs: 30_000 },
    { messages: 1_800, windowMs: 3_600_000 },
  ],
  perTenant: [{ messages: 30, windowMs: 1_000 }],
} as const;

type Window = { readonly messages: number; readonly windowMs: number };

/** The least time from first to last message the limits allow for `count` messages in one window family. */
const leastSpan = (count: number, windows: readonly Window[]): number =>
  Math.max(0, ...windows.map((w) => Math.floor((count - 1) / w.messages) * w.windowMs));

/** The least first-to-last time the limits allow for these messages per conversation (all in one tenant). */
export function minimumSpanMs(perConversation: readonly number[]): number {
  const total = perConversation.reduce((sum, n) => sum + n, 0);
  return Math.max(leastSpan(total, TEAMS_LIMITS.perTenant), ...perConversation.map((n) => leastSpan(n, TEAMS_LIMITS.perConversation)));
}

/** How many sends broke a limit: a send is a violation when a window ending at it holds more than the limit. */
export function limitViolations(sends: readonly { readonly conversationId: string; readonly at: number }[]): number {
  const over = (times: number[], windows: readonly Window[]) =>
    times.filter((at, i) => windows.some((w) => times.slice(0, i + 1).filter((t) => t > at - w.windowMs).length > w.messages)).length;
  const sorted = [...sends].sort((a, b) => a.at - b.at);
  const byConversation = new Map<string, number[]>();
  for (const send of sorted) byConversation.set(send.conversationId, [...(byConversation.get(send.conversationId) ?? []), send.at]);
  const perConversation = [...byConversation.values()].reduce((sum, times) => sum + over(times, TEAMS_LIMITS.perConversation), 0);
  return (
    perConversation +
    over(
      sorted.map((s) => s.at),
      TEAMS_LIMITS.perTenant,
    )
  );
}
