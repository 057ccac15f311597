import { isDomainError, type DomainErrorCode } from '../../kernel/domain-error.js';
import { userMessageFor } from '../user-message.js';
import { ERROR_CATALOGUE } from './error-catalogue.js';
import type { ApiErrorBody } from '../../../../contract/api-error.js';

/** Chooses status and Norwegian message for an error: the error's own user message, or the catalogue's. */
export function apiError(error: unknown): { readonly status: number; readonly body: ApiErrorBody } {
  if (!isDomainError(error)) {
    return { status: 500, body: { error: { code: 'internal', message: userMessageFor(error) } } };
  }
  const code: DomainErrorCode = error.code;
  return { status: ERROR_CATALOGUE[code].status, body: { error: { code, message: userMessageFor(error) } } };
}
