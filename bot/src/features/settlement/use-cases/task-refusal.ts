import type { AppUser } from '../../../kernel/users/app-user.js';
import { DomainError } from '../../../kernel/domain-error.js';
import type { ChecklistTask } from '../../../kernel/checklist/checklist-task.js';
import type { UnitFlow } from '../domain/unit-flow.js';
import type { SettlementServices } from '../settlement-services.js';

/** The task actions that depend on the task's state (a comment does not). */
export type StatefulTaskAction = 'take' | 'complete' | 'reopen';

/** What {@link taskRefusal} uses: the staff (for who is behind the task now). */
export type TaskRefusalDeps = Pick<SettlementServices, 'users'>;

/**
 * The refusal of a task action that no longer fits the task, saying what the task's state is now
 * and who is behind it (staff display names are allowed in cards and the tab; the developer
 * message stays name-free, so no name reaches a log line).
 */
export async function taskRefusal(
  services: TaskRefusalDeps,
  actor: AppUser,
  flow: UnitFlow,
  taskId: string,
  action: StatefulTaskAction,
  cause?: unknown,
): Promise<DomainError> {
  const task = flow.tasks.find((t) => t.taskId === taskId);
  const staffName = async (id: string | undefined) =>
    (id ? (await services.users.get(actor.tenantId, id))?.displayName : undefined) ?? 'en annen';
  const userMessage = !task
    ? 'Oppgaven finnes ikke lenger i flyten.'
    : flow.status !== 'active'
      ? 'Flyten er avsluttet fordi bosettingen er avlyst eller ikke lenger gjelder enheten.'
      : await describeState(task, actor, action, staffName);
  return new DomainError('conflict', `The ${action} no longer fits the task (now ${task?.status ?? 'missing'}, flow ${flow.status}).`, {
    cause,
    userMessage,
  });
}

async function describeState(
  task: ChecklistTask,
  actor: AppUser,
  action: StatefulTaskAction,
  staffName: (id: string | undefined) => Promise<string>,
): Promise<string> {
  switch (task.status) {
    case 'taken': {
      if (task.takenBy === actor.id) return 'Du har allerede tatt oppgaven. Kortet viser det som gjelder nå.';
      const name = await staffName(task.takenBy);
      return action === 'reopen' ? `Oppgaven er tatt av ${name}, og bare ${name} kan frigi den.` : `Oppgaven er allerede tatt av ${name}.`;
    }
    case 'done':
      return task.completedBy === actor.id
        ? 'Du har allerede fullført oppgaven.'
        : `Oppgaven er allerede fullført av ${await staffName(task.completedBy)}.`;
    case 'open':
      return 'Oppgaven er åpen igjen – noen frigav eller gjenåpnet den i mellomtiden. Prøv igjen om du fortsatt vil.';
  }
}
