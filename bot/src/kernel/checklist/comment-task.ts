import { userError } from '../domain-error.js';
import type { Checklist } from './checklist.js';
import { updateTask, type TaskActionOptions } from './task-transition.js';
import { multiLineText } from '../text-field.js';
import { parseInput } from '../validation.js';

/** Longest comment accepted. */
export const MAX_COMMENT_LENGTH = 1000;

/** A comment's text: several lines allowed, no controls or invisible direction marks, NFC and trimmed. */
export const commentTextSchema = multiLineText({ label: 'Kommentaren', max: MAX_COMMENT_LENGTH });

/** Most comments one task may collect (keeps the flow document and card bounded). */
export const MAX_COMMENTS_PER_TASK = 100;

/** A comment action: who, when, and an id that makes a retried action add the comment once. */
export interface CommentTaskOptions extends TaskActionOptions {
  readonly commentId: string;
}

/**
 * Adds a comment ({@link commentTextSchema}, 1–{@link MAX_COMMENT_LENGTH} characters) to a task in
 * any status. A comment id already present changes nothing. Throws DomainError('invalid-input') for
 * an empty, too long or unsafe text, ('conflict') when the task has {@link MAX_COMMENTS_PER_TASK} comments.
 */
export function commentTask<C extends Checklist>(checklist: C, taskId: string, text: string, options: CommentTaskOptions): C {
  const trimmed = parseInput(commentTextSchema, text);
  return updateTask(checklist, taskId, options.at, (task) => {
    if (task.comments.some((comment) => comment.id === options.commentId)) {
      return task;
    }
    if (task.comments.length >= MAX_COMMENTS_PER_TASK) {
      throw userError('conflict', `Oppgaven har nådd grensen på ${MAX_COMMENTS_PER_TASK} kommentarer`);
    }
    const comment = { id: options.commentId, authorId: options.actorId, at: options.at, text: trimmed };
    return { ...task, comments: [...task.comments, comment] };
  });
}
