import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import { isDomainError } from '../../kernel/domain-error.js';
import { userMessageFor } from '../user-message.js';
import { BOT_MESSAGES } from './bot-messages.js';
import { errorResponse } from './card-action-response.js';

/**
 * The Norwegian error response for an error a card verb did not answer itself, so Teams never
 * gets an empty 501. `userMessage` wins; storage messages (English, may name documents) never show.
 */
export function cardActionError(error: unknown): AdaptiveCardInvokeResponse {
  if (!isDomainError(error)) return errorResponse(500, BOT_MESSAGES.turnFailed);
  switch (error.code) {
    case 'not-found':
      return errorResponse(404, error.userMessage ?? 'Fant ikke det kortet gjelder. Kortet kan være utdatert.');
    case 'conflict':
      return errorResponse(409, error.userMessage ?? 'Noen andre endret dette samtidig. Oppdater kortet og prøv igjen.');
    case 'forbidden':
      return errorResponse(403, userMessageFor(error));
    case 'invalid-input':
      return errorResponse(400, userMessageFor(error));
    case 'unauthenticated':
      return errorResponse(403, BOT_MESSAGES.unknownUser);
    case 'audit-failed':
      return errorResponse(503, BOT_MESSAGES.auditFailed);
    case 'storage-unavailable':
      return errorResponse(503, BOT_MESSAGES.storageUnavailable);
    case 'delivery-failed':
      return errorResponse(500, BOT_MESSAGES.turnFailed);
  }
}
