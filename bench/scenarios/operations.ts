import { randomUUID } from 'node:crypto';
import { defaultRoutineTemplate } from '../../bot/src/features/settlement/domain/default-routine-templates.js';
import { benchRegistration } from '../support/bench-household.js';
import { cardInvoke, invokeSucceeded, type CardAction } from '../support/card-invoke.js';
import { timedRequest, type Sample } from '../support/timed-request.js';

/** One measured operation and the baseline it is put next to. */
export interface OperationPair {
  readonly name: string;
  readonly baseline: string;
  readonly subject: (index: number) => Promise<Sample>;
  readonly baselineRequest: (index: number) => Promise<Sample>;
  /** Unmeasured work after each round (e.g. reopening the tasks the round took and completed). */
  readonly afterRound?: (used: number) => Promise<void>;
}

/** What the operations are sent to and as whom. */
export interface OperationTargets {
  readonly serverUrl: string;
  readonly echoUrl: string;
  readonly serviceUrl: string;
  readonly tenantId: string;
  /** Bearer token of the coordinator (dev sign-in). */
  readonly coordinatorToken: string;
  /** The Barnehage member who presses the card buttons. */
  readonly cardUserId: string;
  /** Settlements whose Barnehage flow the card actions work on. */
  readonly cardSettlementIds: readonly string[];
}

/** The hot operations: three card actions against the echo bot, three API routes against /api/session-config. */
export function operationPairs(targets: OperationTargets): OperationPair[] {
  const taskIds = defaultRoutineTemplate(targets.tenantId, 'barnehage').tasks.map((task) => task.id);
  // Task-major order: neighbouring (so concurrent) requests work on different flows, as different cards would.
  const pool = taskIds.flatMap((taskId) => targets.cardSettlementIds.map((settlementId) => ({ settlementId, taskId })));
  const target = (index: number) => pool[index % pool.length]!;
  const invoke = (url: string, action: CardAction) =>
    timedRequest({
      url: `${url}/api/messages`,
      method: 'POST',
      body: cardInvoke({
        tenantId: targets.tenantId,
        userId: targets.cardUserId,
        unitId: 'barnehage',
        serviceUrl: targets.serviceUrl,
        action,
      }),
      ok: invokeSucceeded,
    });
  const cardAction = (verb: string, index: number): CardAction => {
    const { settlementId, taskId } = target(index);
    const data: Record<string, unknown> = { settlementId, unitId: 'barnehage', taskId };
    if (verb === 'commentTask') data[`comment-${taskId}`] = `Benkkommentar ${index}`;
    return { verb, data };
  };
  const echo = (verb: string) => (index: number) => invoke(targets.echoUrl, cardAction(verb, index));
  const card = (verb: string) => (index: number) => invoke(targets.serverUrl, cardAction(verb, index));
  const reopenUsed = async (used: number): Promise<void> => {
    for (let index = 0; index < Math.min(used, pool.length); index++) await invoke(targets.serverUrl, cardAction('reopenTask', index));
  };
  const auth = { authorization: `Bearer ${targets.coordinatorToken}` };
  const sessionConfig = () => timedRequest({ url: `${targets.serverUrl}/api/session-config` });
  return [
    { name: 'Action.Execute takeTask', baseline: 'ekko-bot', subject: card('takeTask'), baselineRequest: echo('takeTask') },
    { name: 'Action.Execute completeTask', baseline: 'ekko-bot', subject: card('completeTask'), baselineRequest: echo('completeTask') },
    {
      name: 'Action.Execute commentTask',
      baseline: 'ekko-bot',
      subject: card('commentTask'),
      baselineRequest: echo('commentTask'),
      afterRound: reopenUsed,
    },
    {
      name: 'GET /api/settlements',
      baseline: 'GET /api/session-config',
      subject: () => timedRequest({ url: `${targets.serverUrl}/api/settlements`, headers: auth }),
      baselineRequest: sessionConfig,
    },
    {
      name: 'GET /api/me',
      baseline: 'GET /api/session-config',
      subject: () => timedRequest({ url: `${targets.serverUrl}/api/me`, headers: auth }),
      baselineRequest: sessionConfig,
    },
    {
      // Last: every registration adds a settlement (and queues its announcements).
      name: 'POST /api/settlements',
      baseline: 'GET /api/session-config',
      subject: () =>
        timedRequest({
          url: `${targets.serverUrl}/api/settlements`,
          method: 'POST',
          headers: { ...auth, 'idempotency-key': randomUUID() },
          body: benchRegistration(30),
          ok: (status) => status === 201,
        }),
      baselineRequest: sessionConfig,
    },
  ];
}
