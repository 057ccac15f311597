import { isDomainError } from '../kernel/domain-error.js';
import { ERROR_CATALOGUE } from './http/error-catalogue.js';

/** Shown when something failed that is not a domain error (a bug, an SDK failure). */
export const INTERNAL_ERROR_MESSAGE = 'Noe gikk galt hos oss. Prøv igjen om litt.';

/**
 * The Norwegian text a user reads for an error, from the edge's catalogue: a domain error's own
 * user message when it has one, otherwise the catalogue's message for its code. Developer text
 * (storage, SDK, framework) never gets through.
 */
export function userMessageFor(error: unknown): string {
  if (!isDomainError(error)) return INTERNAL_ERROR_MESSAGE;
  return error.userMessage ?? ERROR_CATALOGUE[error.code].message;
}
