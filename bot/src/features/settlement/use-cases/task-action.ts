import { z } from 'zod';
import type { AppUser } from '../../../kernel/users/app-user.js';
import { DomainError } from '../../../kernel/domain-error.js';
import { commentTask, MAX_COMMENT_LENGTH } from '../../../kernel/checklist/comment-task.js';
import { completeTask } from '../../../kernel/checklist/complete-task.js';
import { reopenTask } from '../../../kernel/checklist/reopen-task.js';
import { takeTask } from '../../../kernel/checklist/take-task.js';
import type { UnitFlow } from '../domain/unit-flow.js';
import { mayWorkUnit } from '../../../kernel/users/require-role.js';
import type { SettlementServices } from '../settlement-services.js';

/** A task action as the card and the tab send it (validated here, on the server). */
export const taskActionSchema = z.object({
  settlementId: z.uuid(),
  unitId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  taskId: z.string().regex(/^[a-z0-9-]{1,60}$/),
  action: z.enum(['take', 'complete', 'reopen', 'comment']),
  text: z.string().trim().min(1).max(MAX_COMMENT_LENGTH).optional(),
});

/** A validated task action. */
export type TaskActionInput = z.infer<typeof taskActionSchema>;

/**
 * Takes, completes, reopens or comments a task of a unit's flow (ETag-guarded), then queues an
 * in-place update of the unit's posted card. A repeated action that changes nothing writes nothing.
 */
export async function applyTaskAction(services: SettlementServices, actor: AppUser, input: TaskActionInput): Promise<UnitFlow> {
  if (!mayWorkUnit(actor, input.unitId)) throw new DomainError('forbidden', 'Bare enhetens medlemmer kan arbeide med enhetens oppgaver.');
  const current = await services.flows.get(actor.tenantId, input.settlementId, input.unitId);
  if (!current) throw new DomainError('not-found', 'Fant ikke enhetens rutineflyt for denne bosettingen.');
  const at = services.now().toISOString();
  const options = { actorId: actor.id, at };
  const next = transition(current.value, input, options, services.newId);
  if (next === current.value) return next;
  const { value: saved } = await services.flows.replace(next, current.etag).catch((error: unknown) => {
    throw error instanceof DomainError && error.code === 'conflict'
      ? new DomainError('conflict', 'Noen andre endret oppgaven samtidig. Kortet er oppdatert – prøv igjen.', { cause: error })
      : error;
  });
  await services.announcements.enqueue(actor.tenantId, input.settlementId, input.unitId, { name: 'card-update', revision: at });
  return saved;
}

function transition(flow: UnitFlow, input: TaskActionInput, options: { actorId: string; at: string }, newId: () => string): UnitFlow {
  switch (input.action) {
    case 'take':
      return takeTask(flow, input.taskId, options);
    case 'complete':
      return completeTask(flow, input.taskId, options);
    case 'reopen':
      return reopenTask(flow, input.taskId, options);
    case 'comment':
      if (!input.text) throw new DomainError('invalid-input', 'Skriv en kommentar før du sender.');
      return commentTask(flow, input.taskId, input.text, { ...options, commentId: newId() });
  }
}
