import { z } from 'zod';
import type { RoutineTaskTemplate } from './routine-template.js';
import { slugField } from './schema-fields.js';
import { parseInput } from '../../../kernel/validation.js';
import { multiLineText, singleLineText } from '../../../kernel/text-field.js';

/** Most tasks one routine may have. */
export const MAX_ROUTINE_TASKS = 50;

/** Earliest and latest due offsets (days relative to arrival) an admin may set. */
export const DUE_OFFSET_LIMITS = { min: -180, max: 730 } as const;

const taskSchema = z.object(
  {
    id: slugField('Oppgave-ID'),
    title: singleLineText({ label: 'Tittel', max: 120 }),
    description: multiLineText({ label: 'Beskrivelse', max: 1000, allowEmpty: true }).default(''),
    ownerRole: singleLineText({ label: 'Ansvarlig rolle', max: 80 }),
    dueOffsetDays: z
      .int({ error: 'Frist må være et helt antall dager' })
      .min(DUE_OFFSET_LIMITS.min, { error: `Frist kan være høyst ${-DUE_OFFSET_LIMITS.min} dager før ankomst` })
      .max(DUE_OFFSET_LIMITS.max, { error: `Frist kan være høyst ${DUE_OFFSET_LIMITS.max} dager etter ankomst` }),
  },
  { error: 'Hver oppgave må være et objekt' },
);

/** Validates an admin's edit of one unit's routine tasks, with Norwegian messages. */
export const routineTasksSchema = z
  .array(taskSchema, { error: 'Oppgavene må være en liste' })
  .min(1, { error: 'Rutinen må ha minst én oppgave' })
  .max(MAX_ROUTINE_TASKS, { error: `Rutinen kan ha høyst ${MAX_ROUTINE_TASKS} oppgaver` })
  .superRefine((tasks, ctx) => {
    const seen = new Set<string>();
    tasks.forEach((task, index) => {
      if (seen.has(task.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'Oppgave-ID må være unik i rutinen' });
      }
      seen.add(task.id);
    });
  });

/** Parses an admin's routine tasks or throws DomainError('invalid-input') with the Norwegian messages. */
export function parseRoutineTasks(input: unknown): RoutineTaskTemplate[] {
  return parseInput(routineTasksSchema, input);
}
