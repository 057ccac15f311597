import { isDomainError, type DomainErrorCode } from '../domain/domain-error.js';
import { ERROR_CATALOGUE } from './error-catalogue.js';

/** The JSON body of every API error: a stable code and a Norwegian message. */
export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** Chooses status and Norwegian message for an error; `userMessage`, or for `invalid-input` and `forbidden` the message, wins over the catalogue. */
export function apiError(error: unknown): { readonly status: number; readonly body: ApiErrorBody } {
  if (!isDomainError(error)) {
    return { status: 500, body: { error: { code: 'internal', message: 'Noe gikk galt hos oss. Prøv igjen om litt.' } } };
  }
  const code: DomainErrorCode = error.code;
  const entry = ERROR_CATALOGUE[code];
  const message = error.userMessage ?? (code === 'invalid-input' || code === 'forbidden' ? error.message || entry.message : entry.message);
  return { status: entry.status, body: { error: { code, message } } };
}
