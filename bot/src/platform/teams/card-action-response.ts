import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { isDomainError } from '../../kernel/domain-error.js';
import type { AdaptiveCardJson } from '../cards/expand-card.js';
import { userMessageFor } from '../user-message.js';

/** Universal Action response that replaces the card in place. */
export function cardResponse(card: AdaptiveCardJson): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

/** Universal Action response that shows a short Norwegian message and leaves the card as it is. */
export function messageResponse(message: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message as never };
}

/** Universal Action error response (Teams shows the message); nothing was changed. */
export function errorResponse(statusCode: 400 | 403 | 409 | 500, message: string): AdaptiveCardInvokeResponse {
  return {
    statusCode,
    type: 'application/vnd.microsoft.error',
    value: { code: String(statusCode), message } as never,
  };
}

/**
 * The error response for a refused card action: status by the domain error's code, and the Norwegian
 * text from the edge's catalogue ({@link userMessageFor}). Anything else is rethrown (a bug or an
 * outage the turn-error handler logs).
 */
export function domainErrorResponse(error: unknown): AdaptiveCardInvokeResponse {
  if (!isDomainError(error)) throw error;
  const status = { conflict: 409, forbidden: 403, unauthenticated: 403, 'not-found': 400, 'invalid-input': 400 }[error.code as string];
  if (status === undefined) throw error;
  return errorResponse(status as 400 | 403 | 409, userMessageFor(error));
}
