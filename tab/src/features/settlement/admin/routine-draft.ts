import type { RoutineTask } from '../../../../../contract/admin.js';
import type { FieldError } from '../../../platform/field-error.js';
import { textProblem } from '../../../platform/text-rules.js';

/** A task as the editor holds it; `id` is '' for a task added here (made from the title on save). */
export interface RoutineTaskDraft {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly ownerRole: string;
  /** As typed. */
  readonly dueOffsetDays: string;
}

/** Limits the server enforces on a routine (bot/src/features/settlement/domain/routine-template-schema.ts), checked before sending. */
export const ROUTINE_LIMITS = {
  maxTasks: 50,
  maxTitle: 120,
  maxDescription: 1000,
  maxOwnerRole: 80,
  minOffset: -180,
  maxOffset: 730,
} as const;

/** The editor's rows for a stored template. */
export function draftsFromTasks(tasks: readonly RoutineTask[]): RoutineTaskDraft[] {
  return tasks.map((task) => ({ ...task, dueOffsetDays: String(task.dueOffsetDays) }));
}

/** A blank task at the end. */
export function addTask(drafts: readonly RoutineTaskDraft[]): RoutineTaskDraft[] {
  return [...drafts, { id: '', title: '', description: '', ownerRole: '', dueOffsetDays: '0' }];
}

/** Moves the task at `index` one place up (-1) or down (+1); out of range changes nothing. */
export function moveTask(drafts: readonly RoutineTaskDraft[], index: number, delta: -1 | 1): RoutineTaskDraft[] {
  const target = index + delta;
  const copy = [...drafts];
  const [moving, other] = [copy[index], copy[target]];
  if (moving === undefined || other === undefined) return copy;
  copy[index] = other;
  copy[target] = moving;
  return copy;
}

/** Removes the task at `index`. */
export function removeTask(drafts: readonly RoutineTaskDraft[], index: number): RoutineTaskDraft[] {
  return drafts.filter((_, i) => i !== index);
}

/** Problems to fix before saving, with `routine-task-<n>-…` field ids (1-based) and the server's messages for text it would refuse. */
export function checkRoutineDrafts(drafts: readonly RoutineTaskDraft[]): FieldError[] {
  const errors: FieldError[] = [];
  if (drafts.length === 0) errors.push({ field: 'add-task', message: 'Rutinen må ha minst én oppgave.' });
  if (drafts.length > ROUTINE_LIMITS.maxTasks)
    errors.push({ field: 'add-task', message: `Rutinen kan ha høyst ${ROUTINE_LIMITS.maxTasks} oppgaver.` });
  drafts.forEach((draft, index) => {
    const n = index + 1;
    const add = (suffix: string, message: string): void =>
      void errors.push({ field: `routine-task-${n}-${suffix}`, message: `Oppgave ${n}: ${message}` });
    const titleProblem = textProblem(draft.title, { label: 'Tittel', max: ROUTINE_LIMITS.maxTitle });
    if (draft.title.trim() === '') add('title', 'Tittel må fylles ut.');
    else if (titleProblem) add('title', titleProblem);
    const descriptionProblem = textProblem(draft.description, {
      label: 'Beskrivelse',
      max: ROUTINE_LIMITS.maxDescription,
      multiLine: true,
    });
    if (descriptionProblem) add('description', descriptionProblem);
    const ownerProblem = textProblem(draft.ownerRole, { label: 'Ansvarlig rolle', max: ROUTINE_LIMITS.maxOwnerRole });
    if (draft.ownerRole.trim() === '') add('owner-role', 'Ansvarlig rolle må fylles ut.');
    else if (ownerProblem) add('owner-role', ownerProblem);
    const offset = parseOffset(draft.dueOffsetDays);
    if (offset === undefined) add('due-offset', 'Frist må være et helt antall dager.');
    else if (offset < ROUTINE_LIMITS.minOffset) add('due-offset', `Frist kan være høyst ${-ROUTINE_LIMITS.minOffset} dager før ankomst.`);
    else if (offset > ROUTINE_LIMITS.maxOffset) add('due-offset', `Frist kan være høyst ${ROUTINE_LIMITS.maxOffset} dager etter ankomst.`);
  });
  return errors;
}

/** The tasks to save: trimmed, offsets as numbers, and an id made from the title for new tasks. */
export function tasksForSave(drafts: readonly RoutineTaskDraft[]): RoutineTask[] {
  const used = new Set(drafts.map((draft) => draft.id).filter((id) => id !== ''));
  return drafts.map((draft) => {
    const id = draft.id !== '' ? draft.id : uniqueSlug(slugify(draft.title), used);
    used.add(id);
    return {
      id,
      title: draft.title.trim(),
      description: draft.description.trim(),
      ownerRole: draft.ownerRole.trim(),
      dueOffsetDays: parseOffset(draft.dueOffsetDays) ?? Number.NaN,
    };
  });
}

/** "7 dager før ankomst", "Ankomstdagen", "1 dag etter ankomst"; empty for text that is no whole number. */
export function describeOffset(text: string): string {
  const offset = parseOffset(text);
  if (offset === undefined) return '';
  if (offset === 0) return 'Ankomstdagen';
  const days = Math.abs(offset) === 1 ? '1 dag' : `${Math.abs(offset)} dager`;
  return `${days} ${offset < 0 ? 'før' : 'etter'} ankomst`;
}

/** A task id from a Norwegian title: `Bolig klar` → `bolig-klar`, æ/ø/å spelt out; at most 40 characters. */
export function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'oppgave' : slug;
}

function uniqueSlug(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, 40 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

function parseOffset(text: string): number | undefined {
  const trimmed = text.trim().replace(/^\u2212/, '-');
  return /^[-+]?\d{1,4}$/.test(trimmed) ? Number(trimmed) : undefined;
}
