/** A failed call to the Introteam API, carrying the Norwegian message to show the user. */
export class ApiError extends Error {
  constructor(
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    /** The server's error code (e.g. `forbidden`), or one chosen here when the server gave none. */
    readonly code: string,
    /** Norwegian text meant for the user. */
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiError';
  }
}

/** Longest server message shown as is; anything longer is treated as not meant for users. */
const MAX_MESSAGE_LENGTH = 500;

/** Norwegian fallbacks by HTTP status, for responses without a usable `{ error: { code, message } }`. */
const FALLBACKS: Readonly<Record<number, readonly [code: string, message: string]>> = {
  400: ['invalid-input', 'Forespørselen var ugyldig.'],
  401: ['unauthenticated', 'Du er ikke logget inn, eller økten er utløpt.'],
  403: ['forbidden', 'Du har ikke tilgang til dette.'],
  404: ['not-found', 'Fant ikke det du ba om.'],
  409: ['conflict', 'Noen andre endret dette samtidig. Last inn på nytt og prøv igjen.'],
  413: ['invalid-input', 'Forespørselen var for stor.'],
  429: ['rate-limited', 'For mange forespørsler. Vent litt og prøv igjen.'],
};

/** Fallback when nothing better is known. */
const UNKNOWN: readonly [string, string] = ['unknown', 'Noe gikk galt. Prøv igjen.'];

/** Fallback for 5xx responses. */
const SERVER_FAILED: readonly [string, string] = ['server-error', 'Introteam svarer ikke som det skal. Prøv igjen senere.'];

/** Builds the error for a non-2xx response from its status and parsed body (`{ error: { code, message } }`). */
export function apiErrorFromResponse(status: number, body: unknown): ApiError {
  const [fallbackCode, fallbackMessage] = FALLBACKS[status] ?? (status >= 500 ? SERVER_FAILED : UNKNOWN);
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code = typeof error?.code === 'string' && error.code.trim() !== '' ? error.code : fallbackCode;
  const message = usableMessage(error?.message) ?? fallbackMessage;
  return new ApiError(status, code, message);
}

/** The error for a request that never got a response (offline, DNS, CORS, aborted). */
export function networkError(cause: unknown): ApiError {
  return new ApiError(0, 'network', 'Får ikke kontakt med Introteam. Sjekk nettverket og prøv igjen.', { cause });
}

/** The error for a 2xx response whose body is not the JSON the tab expects. */
export function invalidResponseError(status: number, cause?: unknown): ApiError {
  return new ApiError(status, 'invalid-response', 'Introteam svarte med noe fanen ikke forstår. Prøv igjen senere.', {
    cause,
  });
}

/** The Norwegian message to show for any thrown value: the API's own message, or a generic one. */
export function userMessageFor(error: unknown): string {
  return error instanceof ApiError ? error.message : UNKNOWN[1];
}

function usableMessage(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed !== '' && trimmed.length <= MAX_MESSAGE_LENGTH ? trimmed : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
