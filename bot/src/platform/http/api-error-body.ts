import { isDomainError, type DomainErrorCode } from '../../kernel/domain-error.js';
import { userMessageFor } from '../user-message.js';
import { ERROR_CATALOGUE } from './error-catalogue.js';

/** The JSON body of every API error: a stable code and a Norwegian message. */
export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** Chooses status and Norwegian message for an error: the error's own user message, or the catalogue's. */
export function apiError(error: unknown): { readonly status: number; readonly body: ApiErrorBody } {
  if (!isDomainError(error)) {
    return { status: 500, body: { error: { code: 'internal', message: userMessageFor(error) } } };
  }
  const code: DomainErrorCode = error.code;
  return { status: ERROR_CATALOGUE[code].status, body: { error: { code, message: userMessageFor(error) } } };
}
