import type { TaskComment } from '../../../kernel/checklist/checklist-task.js';
import { osloToday } from '../../../kernel/dates/iso-date.js';
import { formatNorwegianDate } from '../domain/settlement-summary-facts.js';

/** How much of the latest comment a card shows. */
export const LATEST_COMMENT_MAX_LENGTH = 200;

/**
 * "Siste kommentar (24.11.2026): …" — the Oslo date and the text, cut at
 * {@link LATEST_COMMENT_MAX_LENGTH} characters; no author, so the line stays name-free (staff write
 * the text and are warned not to put names in it). Empty when there is no comment.
 */
export function latestCommentText(comments: readonly TaskComment[]): string {
  const latest = comments.at(-1);
  if (latest === undefined) return '';
  const text = latest.text.replace(/\s+/g, ' ').trim();
  const chars = [...text];
  const shown = chars.length > LATEST_COMMENT_MAX_LENGTH ? `${chars.slice(0, LATEST_COMMENT_MAX_LENGTH - 1).join('')}…` : text;
  return `Siste kommentar (${formatNorwegianDate(osloToday(new Date(latest.at)))}): ${shown}`;
}
