import { z } from 'zod';
import { userError } from '../../kernel/domain-error.js';
import type { ApiHeader } from './api-route.js';

/** The `Idempotency-Key` header as the OpenAPI document shows it. */
export const IDEMPOTENCY_KEY_HEADER: ApiHeader = {
  name: 'Idempotency-Key',
  required: true,
  description: 'UUID laget én gang per innsending og sendt likt ved hvert nytt forsøk; samme nøkkel gir samme resultat.',
};

const keySchema = z.uuid();

/** The request's `Idempotency-Key` (a UUID); invalid-input in Norwegian when it is missing or malformed. */
export function idempotencyKeyOf(headers: Readonly<Record<string, string | string[] | undefined>>): string {
  const raw = headers['idempotency-key'];
  if (raw === undefined || raw === '') {
    throw userError('invalid-input', 'Idempotency-Key mangler. Send en UUID som er lik for hvert nytt forsøk av samme innsending.');
  }
  const parsed = keySchema.safeParse(raw);
  if (!parsed.success) throw userError('invalid-input', 'Idempotency-Key må være én UUID.');
  return parsed.data.toLowerCase();
}
