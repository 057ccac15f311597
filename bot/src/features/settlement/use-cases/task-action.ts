import { setTimeout as delay } from 'node:timers/promises';
import { z } from 'zod';
import type { AppUser } from '../../../kernel/users/app-user.js';
import { DomainError, isDomainError, userError } from '../../../kernel/domain-error.js';
import { commentTask, commentTextSchema } from '../../../kernel/checklist/comment-task.js';
import { completeTask } from '../../../kernel/checklist/complete-task.js';
import { reopenTask } from '../../../kernel/checklist/reopen-task.js';
import { takeTask } from '../../../kernel/checklist/take-task.js';
import type { UnitFlow } from '../domain/unit-flow.js';
import { mayWorkUnit } from '../../../kernel/users/require-role.js';
import type { SettlementServices } from '../settlement-services.js';
import { taskRefusal, type TaskRefusalDeps } from './task-refusal.js';

/** A task action as the card and the tab send it (validated here, on the server), with Norwegian messages. */
export const taskActionSchema = z.object(
  {
    settlementId: z.uuid({ error: 'Bosettings-id-en er ugyldig' }),
    unitId: z.string({ error: 'Enhets-id-en må fylles ut' }).regex(/^[a-z0-9-]{1,40}$/, { error: 'Enhets-id-en er ugyldig' }),
    taskId: z.string({ error: 'Oppgave-id-en må fylles ut' }).regex(/^[a-z0-9-]{1,60}$/, { error: 'Oppgave-id-en er ugyldig' }),
    action: z.enum(['take', 'complete', 'reopen', 'comment'], {
      error: 'Handlingen må være å ta, fullføre, gjenåpne eller kommentere oppgaven',
    }),
    text: commentTextSchema.optional(),
  },
  { error: 'Oppgavehandlingen må være et objekt' },
);

/** A validated task action. */
export type TaskActionInput = z.infer<typeof taskActionSchema>;

/** What {@link applyTaskAction} uses: the flows, the announcements (card update), and what refusing a task action uses. */
export type ApplyTaskActionDeps = Pick<SettlementServices, 'flows' | 'announcements' | 'now' | 'newId'> & TaskRefusalDeps;

/** Write attempts before a task action gives up on a flow that keeps changing under it. */
const MAX_ATTEMPTS = 10;

/**
 * Takes, completes, reopens or comments a task of a unit's flow (ETag-guarded), then queues an
 * in-place update of the unit's posted card. A repeated action that changes nothing writes nothing.
 * On a lost race (ETag conflict) the flow is read again: a comment is an append, so it is applied
 * again (bounded, with jittered backoff, the same comment id); take, complete and reopen are
 * applied again only while the task is as first read — when the race changed the task itself,
 * they are refused with what the task's state is now (e.g. who took it).
 */
export async function applyTaskAction(services: ApplyTaskActionDeps, actor: AppUser, input: TaskActionInput): Promise<UnitFlow> {
  requireUnitWorker(actor, input.unitId);
  if (input.action === 'comment' && !input.text) throw userError('invalid-input', 'Skriv en kommentar før du sender.');
  // One id across the retries, so a comment is added once even if a write landed unconfirmed.
  const commentId = services.newId();
  let firstState: string | undefined;
  for (let attempt = 1; ; attempt += 1) {
    const started = performance.now();
    const current = await services.flows.get(actor.tenantId, input.settlementId, input.unitId);
    if (!current) throw userError('not-found', 'Fant ikke enhetens rutineflyt for denne bosettingen.');
    const state = taskState(current.value, input.taskId);
    firstState ??= state;
    const at = services.now().toISOString();
    const next = await transitionOrRefuse(services, actor, current.value, input, { actorId: actor.id, at }, commentId);
    if (next === current.value) return next;
    if (input.action !== 'comment' && state !== firstState) {
      throw await taskRefusal(services, actor, current.value, input.taskId, input.action);
    }
    const saved = await services.flows.replace(next, current.etag).catch((error: unknown) => {
      if (!isDomainError(error, 'conflict')) throw error;
      if (attempt >= MAX_ATTEMPTS) throw keptChanging(error);
      return undefined;
    });
    if (saved) {
      await services.announcements.enqueue(actor.tenantId, input.settlementId, input.unitId, { name: 'card-update', revision: at });
      return saved.value;
    }
    await delay(backoffMs(attempt, performance.now() - started));
  }
}

/** Refuses (DomainError 'forbidden') anyone but the unit's members: only they work its tasks. */
export function requireUnitWorker(actor: AppUser, unitId: string): void {
  if (!mayWorkUnit(actor, unitId)) throw userError('forbidden', 'Bare enhetens medlemmer kan arbeide med enhetens oppgaver.');
}

/**
 * Jittered backoff after the n-th lost race: uniform in [0, min(2 s, round · 3^(n-1))], where a
 * round is how long the lost read–write took. Writers that collided spread over a window that
 * grows with the attempts and with the store's latency, so even 20 at once land within the bound.
 */
function backoffMs(attempt: number, roundMs: number): number {
  return Math.random() * Math.min(2_000, Math.max(roundMs, 10) * 3 ** (attempt - 1));
}

/** What decides whether take/complete/reopen still fit: the flow's and the task's status and who is behind it. */
function taskState(flow: UnitFlow, taskId: string): string {
  const task = flow.tasks.find((t) => t.taskId === taskId);
  return JSON.stringify([flow.status, task?.status, task?.takenBy, task?.completedBy]);
}

async function transitionOrRefuse(
  services: TaskRefusalDeps,
  actor: AppUser,
  flow: UnitFlow,
  input: TaskActionInput,
  options: { actorId: string; at: string },
  commentId: string,
): Promise<UnitFlow> {
  try {
    return transition(flow, input, options, commentId);
  } catch (error) {
    if (!isDomainError(error, 'conflict')) throw error;
    if (input.action !== 'comment') throw await taskRefusal(services, actor, flow, input.taskId, input.action, error);
    // The domain's own text is Norwegian and name-free (a closed flow, the comment limit).
    throw new DomainError('conflict', error.message, { cause: error, userMessage: `${error.message}.` });
  }
}

function transition(flow: UnitFlow, input: TaskActionInput, options: { actorId: string; at: string }, commentId: string): UnitFlow {
  switch (input.action) {
    case 'take':
      return takeTask(flow, input.taskId, options);
    case 'complete':
      return completeTask(flow, input.taskId, options);
    case 'reopen':
      return reopenTask(flow, input.taskId, options);
    case 'comment':
      return commentTask(flow, input.taskId, input.text ?? '', { ...options, commentId });
  }
}

function keptChanging(cause: unknown): DomainError {
  return new DomainError('conflict', `The flow kept changing; gave up after ${MAX_ATTEMPTS} attempts.`, {
    cause,
    userMessage: 'Mange endret oppgavene samtidig, så endringen ble ikke lagret. Prøv igjen om litt.',
  });
}
