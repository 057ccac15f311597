import { CardFactory, type Activity } from 'botbuilder';
import type { SendablePayload } from './channel-sender.js';

/**
 * The message activity for a payload. A card goes as an Adaptive Card attachment with the
 * payload's `summary` (name-free by contract) as the activity summary, which Teams shows where it
 * cannot show the card (notifications, previews); no `text`, which would print above the card.
 */
export function payloadActivity(payload: SendablePayload): Partial<Activity> {
  if (payload.kind === 'text') {
    return { type: 'message', text: payload.text };
  }
  return { type: 'message', attachments: [CardFactory.adaptiveCard(payload.card)], summary: payload.summary };
}
