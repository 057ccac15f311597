/** Every failure the domain can name; the edge picks the Norwegian message for each code. */
export type DomainErrorCode =
  'not-found' | 'conflict' | 'forbidden' | 'unauthenticated' | 'invalid-input' | 'storage-unavailable' | 'audit-failed' | 'delivery-failed';

/** Options of a {@link DomainError}. */
export interface DomainErrorOptions {
  readonly cause?: unknown;
  /**
   * Norwegian text written for the person who acted, e.g. "Oppgaven er allerede tatt av Kari". The
   * edge shows it instead of the catalogue's general message for the code; without it the user sees
   * only the catalogue's text, so developer messages (storage, SDKs) never reach a user.
   */
  readonly userMessage?: string;
}

/** The one error type of Introteam: a code, a developer-facing message, an optional user message and the cause it wraps. */
export class DomainError extends Error {
  readonly userMessage: string | undefined;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options?: DomainErrorOptions,
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.userMessage = options?.userMessage;
  }
}

/** A refusal the user may read: `message` is Norwegian and written for them (it is also the developer message). */
export function userError(code: DomainErrorCode, message: string, options?: { readonly cause?: unknown }): DomainError {
  return new DomainError(code, message, { ...options, userMessage: message });
}

/** True when the value is a DomainError with the given code. */
export function isDomainError(value: unknown, code?: DomainErrorCode): value is DomainError {
  return value instanceof DomainError && (code === undefined || value.code === code);
}
