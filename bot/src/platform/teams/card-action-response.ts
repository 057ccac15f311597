import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/expand-card.js';

/** Universal Action response that replaces the card in place. */
export function cardResponse(card: AdaptiveCardJson): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

/** Universal Action response that shows a short Norwegian message and leaves the card as it is. */
export function messageResponse(message: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message as never };
}

/** Universal Action error response (Teams shows the message); nothing was changed. */
export function errorResponse(statusCode: 400 | 403 | 404 | 409 | 500 | 503, message: string): AdaptiveCardInvokeResponse {
  return {
    statusCode,
    type: 'application/vnd.microsoft.error',
    value: { code: String(statusCode), message } as never,
  };
}
