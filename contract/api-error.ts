import { z } from 'zod';

/**
 * Codes an API error may carry: the domain's error codes, `internal` for anything unexpected, and
 * the two the HTTP layer itself answers with (a too large or unparseable request).
 */
export const API_ERROR_CODES = [
  'not-found',
  'conflict',
  'forbidden',
  'unauthenticated',
  'invalid-input',
  'storage-unavailable',
  'audit-failed',
  'delivery-failed',
  'internal',
  'payload-too-large',
  'request-error',
] as const;

/** One of {@link API_ERROR_CODES}. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The JSON body of every API error: a stable code and a Norwegian message meant for the user. */
export const apiErrorBodySchema = z.strictObject({
  error: z.strictObject({ code: z.enum(API_ERROR_CODES), message: z.string() }),
});

/** The body of every API error. */
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
