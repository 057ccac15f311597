/** At most `max` operations within any `windowMs` milliseconds. */
export interface RateWindow {
  readonly windowMs: number;
  readonly max: number;
}

/**
 * Teams' documented per-bot, per-thread limits for "Send to Conversation" (learn.microsoft.com,
 * "Optimize your bot with rate limiting in Teams"): 7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per
 * hour. Microsoft calls the values estimates that may change, so 429 handling stays in charge;
 * updates are counted too, since every request is subject to the same policy.
 */
export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = [
  { windowMs: 1_000, max: 7 },
  { windowMs: 2_000, max: 8 },
  { windowMs: 30_000, max: 60 },
  { windowMs: 3_600_000, max: 1_800 },
];

/**
 * The app's limit across all conversations of one tenant. The same page ("Optimize your bot with
 * rate limiting in Teams", learn.microsoft.com) gives a global limit per app per tenant of 50
 * requests per second; Introteam keeps to 30 per second, as issue 13 asks, which leaves room for
 * the bot's own replies and card refreshes that do not go through the outbox.
 */
export const TEAMS_TENANT_LIMITS: readonly RateWindow[] = [{ windowMs: 1_000, max: 30 }];
