import type { z } from 'zod';

/** Turns validation issues into one Norwegian sentence naming each bad field. */
export function formatZodIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'forespørselen';
    return `${field}: ${issue.message}`;
  });
  return `Ugyldige data – ${parts.join('; ')}`;
}
