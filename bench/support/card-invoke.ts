import { randomUUID } from 'node:crypto';
import { BENCH_BOT, benchChannelId } from './bind-channels.js';

/** What the settlement card sends for one `Action.Execute` button. */
export interface CardAction {
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** The Teams invoke activity (`adaptiveCard/action`) a press on a card button in the unit's channel sends to /api/messages. */
export function cardInvoke(options: { tenantId: string; userId: string; unitId: string; serviceUrl: string; action: CardAction }) {
  const channelId = benchChannelId(options.unitId);
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: options.serviceUrl,
    from: { id: `29:${options.userId}`, aadObjectId: options.userId, name: 'Benk' },
    recipient: BENCH_BOT,
    conversation: { id: `${channelId};messageid=1700000000000`, conversationType: 'channel', tenantId: options.tenantId, isGroup: true },
    channelData: {
      tenant: { id: options.tenantId },
      team: { id: '19:bench-team@thread.tacv2', name: 'Demo kommune' },
      channel: { id: channelId, name: options.unitId },
    },
    value: { action: { type: 'Action.Execute', verb: options.action.verb, data: options.action.data }, trigger: 'manual' },
  };
}

/** An invoke answered with status 200 and `statusCode` 200 in its body (a card or a message, not an error). */
export const invokeSucceeded = (status: number, body: unknown): boolean =>
  status === 200 && typeof body === 'object' && body !== null && (body as { statusCode?: unknown }).statusCode === 200;
