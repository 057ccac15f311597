import { startFakeConnector, type GatedRequest, type RecordedRequest, type ScriptedResponse } from './fake-connector-server.js';

/** At most `max` accepted requests within any `windowMs` milliseconds. */
export interface ConnectorWindow {
  readonly windowMs: number;
  readonly max: number;
}

/**
 * Teams' limits as the stand-in enforces them, written out here on purpose rather than imported
 * from the bot, so the bot's pacing is checked against an independent statement of them
 * (learn.microsoft.com, "Optimize your bot with rate limiting in Teams"): per bot per conversation
 * 7 per second, 8 per 2 s, 60 per 30 s, 1,800 per hour, and about 30 per second per app per tenant.
 */
export const TEAMS_LIMITS = {
  conversation: [
    { windowMs: 1_000, max: 7 },
    { windowMs: 2_000, max: 8 },
    { windowMs: 30_000, max: 60 },
    { windowMs: 3_600_000, max: 1_800 },
  ],
  tenant: [{ windowMs: 1_000, max: 30 }],
} as const satisfies Record<string, readonly ConnectorWindow[]>;

/** Options for {@link startLimitEnforcingConnector}. */
export interface LimitEnforcingConnectorOptions {
  /** Limits per conversation (default {@link TEAMS_LIMITS}.conversation). */
  readonly conversationLimits?: readonly ConnectorWindow[];
  /** Limits per tenant across its conversations (default {@link TEAMS_LIMITS}.tenant). */
  readonly tenantLimits?: readonly ConnectorWindow[];
  /** The clock the windows are measured on (default `Date.now`); a test with a manual clock passes its own. */
  readonly now?: () => number;
}

/** A request the stand-in answered with 429, and the wait it asked for. */
export interface RejectedRequest {
  readonly conversationId: string;
  readonly tenantId?: string;
  /** Which limit was exceeded. */
  readonly scope: 'conversation' | 'tenant';
  /** The `Retry-After` it answered, in seconds. */
  readonly retryAfterSeconds: number;
  readonly at: number;
}

/** A running stand-in; see {@link startLimitEnforcingConnector}. */
export interface LimitEnforcingConnector {
  /** The connector's base URL (a conversation reference's `serviceUrl`); ends with `/`. */
  readonly url: string;
  /** Every accepted request (POST a message or PUT an update), in order of arrival: what Teams would show. */
  received(): RecordedRequest[];
  /** How many requests were answered 429. */
  rejected429(): number;
  /** The 429 answers, in order. */
  rejections(): readonly RejectedRequest[];
  /** Every request, accepted or not. */
  readonly requests: readonly RecordedRequest[];
  /** Forgets requests, rejections and window history. */
  reset(): void;
  stop(): Promise<void>;
}

/**
 * A loopback Bot Framework connector that enforces Teams' rate limits, for tests and the bench:
 *
 * ```ts
 * const connector = await startLimitEnforcingConnector();      // Teams' limits, real clock
 * // put connector.url in each conversation reference's serviceUrl, deliver, then:
 * connector.received();   // accepted activities, each with conversationId, tenantId, activity, receivedAt
 * connector.rejected429(); // 0 when the sender paced itself
 * await connector.stop();
 * ```
 *
 * A request that would exceed a window (per conversation, or per tenant across conversations) is
 * answered 429 with `Retry-After` in whole seconds until that window has room, and is not counted;
 * accepted requests are counted at arrival. The tenant is the one the activity names
 * (`conversation.tenantId`, else `channelData.tenant.id`); requests naming none share one tenant.
 * To count lost and duplicated messages, render each message with a marker and count `received()`.
 */
export async function startLimitEnforcingConnector(options: LimitEnforcingConnectorOptions = {}): Promise<LimitEnforcingConnector> {
  const now = options.now ?? Date.now;
  const conversationWindows = new SlidingWindows(options.conversationLimits ?? TEAMS_LIMITS.conversation);
  const tenantWindows = new SlidingWindows(options.tenantLimits ?? TEAMS_LIMITS.tenant);
  const rejected: RejectedRequest[] = [];

  const gate = (request: GatedRequest): ScriptedResponse | undefined => {
    const tenant = request.tenantId ?? '';
    const conversationKey = `${tenant}|${request.conversationId}`;
    const waits = [
      { scope: 'conversation' as const, ms: conversationWindows.waitMs(conversationKey, request.at) },
      { scope: 'tenant' as const, ms: tenantWindows.waitMs(tenant, request.at) },
    ];
    const refusal = waits.find((wait) => wait.ms > 0);
    if (refusal === undefined) {
      conversationWindows.count(conversationKey, request.at);
      tenantWindows.count(tenant, request.at);
      return undefined;
    }
    const retryAfterSeconds = Math.max(1, Math.ceil(Math.max(...waits.map((wait) => wait.ms)) / 1000));
    rejected.push({
      conversationId: request.conversationId,
      tenantId: request.tenantId,
      scope: refusal.scope,
      retryAfterSeconds,
      at: request.at,
    });
    return {
      status: 429,
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: { error: { code: 'TooManyRequests', message: 'rate limit exceeded' } },
    };
  };

  const connector = await startFakeConnector([], { now, gate });
  return {
    url: connector.serviceUrl,
    received: () => connector.accepted(),
    rejected429: () => rejected.length,
    rejections: () => rejected,
    requests: connector.requests,
    reset: () => {
      connector.reset();
      conversationWindows.clear();
      tenantWindows.clear();
      rejected.length = 0;
    },
    stop: () => connector.close(),
  };
}

/** Accepted-request times per key, checked against every window. */
class SlidingWindows {
  private readonly times = new Map<string, number[]>();

  constructor(private readonly windows: readonly ConnectorWindow[]) {}

  /** 0 when one more request fits every window at `at`, else how long until it does. */
  waitMs(key: string, at: number): number {
    const times = this.times.get(key) ?? [];
    let wait = 0;
    for (const { windowMs, max } of this.windows) {
      const inWindow = times.filter((time) => time > at - windowMs);
      if (inWindow.length >= max) wait = Math.max(wait, inWindow[inWindow.length - max]! + windowMs - at);
    }
    return wait;
  }

  count(key: string, at: number): void {
    this.times.set(key, [...(this.times.get(key) ?? []), at]);
  }

  clear(): void {
    this.times.clear();
  }
}
