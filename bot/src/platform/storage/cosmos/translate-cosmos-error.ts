import { DomainError, type DomainErrorCode } from '../../../kernel/domain-error.js';

/** Node network error codes that mean "the store cannot be reached right now". */
const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'TimeoutError',
  'REQUEST_SEND_ERROR',
]);

/** HTTP status codes from Cosmos DB and the domain code each one becomes. */
const STATUS_CODES: ReadonlyMap<number, DomainErrorCode> = new Map<number, DomainErrorCode>([
  [400, 'invalid-input'],
  [404, 'not-found'],
  [409, 'conflict'],
  [412, 'conflict'],
  [413, 'invalid-input'],
]);

/**
 * Turns whatever `@azure/cosmos` threw into a DomainError that keeps the original as `cause`.
 * 404 → not-found, 409/412 → conflict, 400/413 → invalid-input; 401/403 (wrong key or missing
 * RBAC role), 408, 429, 449, 5xx, network and timeout errors → storage-unavailable.
 * A DomainError passes through unchanged. The message names the operation and status only,
 * never the service's own message (which may echo document content).
 */
export function translateCosmosError(error: unknown, operation: string): DomainError {
  if (error instanceof DomainError) {
    return error;
  }
  const status = statusOf(error);
  if (status !== undefined) {
    const code = STATUS_CODES.get(status) ?? 'storage-unavailable';
    return new DomainError(code, `Cosmos DB could not ${operation} (status ${status}).`, { cause: error });
  }
  const networkCode = networkCodeOf(error);
  if (networkCode !== undefined) {
    return new DomainError('storage-unavailable', `Cosmos DB could not be reached to ${operation} (${networkCode}).`, {
      cause: error,
    });
  }
  return new DomainError('storage-unavailable', `Cosmos DB could not ${operation} (unexpected error).`, { cause: error });
}

/** The Cosmos status code: the SDK's ErrorResponse puts it in `code`, some paths in `statusCode`. */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'number') {
    return code;
  }
  return typeof statusCode === 'number' ? statusCode : undefined;
}

function networkCodeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; typeof current === 'object' && current !== null && depth < 4; depth += 1) {
    const { code, name, cause } = current as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) {
      return code;
    }
    if (name === 'TimeoutError' || name === 'AbortError') {
      return name;
    }
    current = cause;
  }
  return undefined;
}
