/** Why a request to `/api/messages` failed, as the HTTP edge answers it. */
export interface BotRequestFailure {
  /** 401: the token is missing or bad; 503: it cannot be checked right now; 500: anything else. */
  readonly status: 401 | 503 | 500;
  readonly code: 'unauthenticated' | 'auth-unavailable' | 'internal-error';
  /** Short Norwegian text for the response body; never the SDK's own message. */
  readonly message: string;
}

const BAD_TOKEN: BotRequestFailure = {
  status: 401,
  code: 'unauthenticated',
  message: 'Forespørselen mangler et gyldig Bot Framework-token.',
};
const CANNOT_CHECK: BotRequestFailure = {
  status: 503,
  code: 'auth-unavailable',
  message: 'Tokenet kan ikke kontrolleres akkurat nå. Prøv igjen om litt.',
};
const FAILED: BotRequestFailure = { status: 500, code: 'internal-error', message: 'Meldingen kunne ikke behandles.' };

// What node-fetch reports when the OpenID metadata or its keys cannot be fetched at all.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
// jsonwebtoken's verdicts on a token it could check.
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * Sorts what `CloudAdapter.processActivity` threw. botframework-connector's AuthenticationError carries an
 * HTTP `statusCode` (4xx for a bad token, 500 when the OpenID metadata answered with an error); a network
 * failure reaching that metadata surfaces as node-fetch's FetchError.
 */
export function describeBotRequestFailure(error: unknown): BotRequestFailure {
  const { name, code, statusCode } = errorFacts(error);
  if (name === 'FetchError' || (code !== undefined && NETWORK_CODES.has(code))) return CANNOT_CHECK;
  if (statusCode !== undefined && statusCode >= 500) return CANNOT_CHECK;
  if (statusCode !== undefined && statusCode >= 400) return BAD_TOKEN;
  if (name !== undefined && TOKEN_ERRORS.has(name)) return BAD_TOKEN;
  return FAILED;
}

/** The error's name, code and status code, for the log: never its message, which may quote the token's claims. */
export function errorFacts(error: unknown): { readonly name?: string; readonly code?: string; readonly statusCode?: number } {
  if (typeof error !== 'object' || error === null) return {};
  const { name, code, statusCode } = error as { name?: unknown; code?: unknown; statusCode?: unknown };
  return {
    name: typeof name === 'string' ? name : undefined,
    code: typeof code === 'string' ? code : undefined,
    statusCode: typeof statusCode === 'number' ? statusCode : undefined,
  };
}
