/** Every failure the domain can name; the edge picks the Norwegian message for each code. */
export type DomainErrorCode =
  'not-found' | 'conflict' | 'forbidden' | 'unauthenticated' | 'invalid-input' | 'storage-unavailable' | 'audit-failed' | 'delivery-failed';

/** The one error type of Introteam: a code, a developer-facing message and the cause it wraps. */
export class DomainError extends Error {
  /** Norwegian text for the user when the code's general text would not say what happened (e.g. who took a task). */
  readonly userMessage?: string;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options?: { readonly cause?: unknown; readonly userMessage?: string },
  ) {
    super(message, options);
    this.name = 'DomainError';
    if (options?.userMessage !== undefined) this.userMessage = options.userMessage;
  }
}

/** True when the value is a DomainError with the given code. */
export function isDomainError(value: unknown, code?: DomainErrorCode): value is DomainError {
  return value instanceof DomainError && (code === undefined || value.code === code);
}
