import { addDays, type IsoDate } from '../dates/iso-date.js';
import type { ChecklistTask } from './checklist-task.js';
import type { TaskTemplate } from './task-template.js';

/** Fresh open tasks from templates, each due its offset in days after `anchor`. */
export function scheduleTasks(templates: readonly TaskTemplate[], anchor: IsoDate): ChecklistTask[] {
  return templates.map((task) => ({
    taskId: task.id,
    title: task.title,
    description: task.description,
    ownerRole: task.ownerRole,
    dueOffsetDays: task.dueOffsetDays,
    dueDate: addDays(anchor, task.dueOffsetDays),
    status: 'open',
    comments: [],
  }));
}

/** The same tasks with due dates recomputed from a new anchor; progress and comments are kept. */
export function rescheduleTasks(tasks: readonly ChecklistTask[], anchor: IsoDate): ChecklistTask[] {
  return tasks.map((task) => ({ ...task, dueDate: addDays(anchor, task.dueOffsetDays) }));
}
