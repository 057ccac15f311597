import type { z } from 'zod';

/**
 * Turns validation issues into one Norwegian sentence. Every schema words its own messages so that
 * they name the field in plain Norwegian ("Enhets-id-en er ugyldig"); paths such as `members.0`
 * are code, not words, so they stay out.
 */
export function formatZodIssues(error: z.ZodError): string {
  return [...new Set(error.issues.slice(0, 5).map((issue) => issue.message))].join('; ');
}
